#!/usr/bin/env python3
"""Writes ../resources/ingest/numbered.doc: a Word 97-2003 plan whose outline numbers are Word's
automatic list numbering (一、 （一） ① and a list that starts at 十一), not typed text.

A .docx is written by hand (numbering.xml holds the formats) and LibreOffice converts it to .doc:
    python3 make_numbered_doc.py        # needs soffice on the PATH
Only the .doc is kept; the test reads it, so the build needs neither this script nor LibreOffice.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, num=None, ilvl=0):
    ppr = '' if num is None else (
        f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>')
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def level(ilvl, fmt, text):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


# abstract 0: chapters 一、 and sections （一）; 1: items 1.; 2: points ①
ABSTRACTS = {0: level(0, 'chineseCounting', '%1、') + level(1, 'chineseCounting', '（%2）'),
             1: level(0, 'decimal', '%1.'),
             2: level(0, 'decimalEnclosedCircle', '%1')}
# numId -> (abstract, start override of level 0 or None); each run of items is a list of its own
NUMS = {1: (0, None), 2: (1, None), 3: (1, 1), 4: (2, None), 5: (1, 1), 6: (0, 11)}

BODY = [
    para('示例县儿童发展规划（2021—2030年）'),
    para('总体要求', 1, 0),
    para('指导思想', 1, 1),
    para('坚持儿童优先原则。'),
    para('发展领域、主要目标和策略措施', 1, 0),
    para('儿童与健康', 1, 1),
    para('主要目标：'),
    para('婴儿死亡率控制在5‰以下。', 2),
    para('5岁以下儿童死亡率控制在6‰以下。', 2),
    para('策略措施：'),
    para('加强儿童健康服务。', 3),
    para('完善儿童健康服务体系。', 4),
    para('加强儿童保健门诊标准化建设。', 4),
    para('儿童与教育', 1, 1),
    para('主要目标：'),
    para('学前三年毛入园率达到95%以上。', 5),
    para('1、这一行的编号是打出来的。'),
    para('附则', 6, 0),
]


def numbering():
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>']
    for a, levels in ABSTRACTS.items():
        out.append(f'<w:abstractNum w:abstractNumId="{a}">{levels}</w:abstractNum>')
    for n, (a, start) in NUMS.items():
        override = '' if start is None else (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>')
        out.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{override}</w:num>')
    out.append('</w:numbering>')
    return ''.join(out)


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '</Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '</Relationships>')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, '..', 'resources', 'ingest')
    with tempfile.TemporaryDirectory() as tmp:
        docx = os.path.join(tmp, 'numbered.docx')
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}>'
                    f'<w:body>{"".join(BODY)}</w:body></w:document>')
        with zipfile.ZipFile(docx, 'w') as z:
            z.writestr('[Content_Types].xml', CONTENT_TYPES)
            z.writestr('_rels/.rels', RELS)
            z.writestr('word/document.xml', document)
            z.writestr('word/_rels/document.xml.rels', DOC_RELS)
            z.writestr('word/numbering.xml', numbering())
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                        '--convert-to', 'doc', '--outdir', tmp, docx], check=True,
                       stdout=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(tmp, 'numbered.doc'), os.path.join(target, 'numbered.doc'))


if __name__ == '__main__':
    main()
