#!/usr/bin/env python3
"""Writes ../resources/ingest/threeline-tables.pdf: indicator tables drawn as 三线表 (rules above
and below the header and under the last row, no column rules), as Word lays them out and
LibreOffice prints them: one with cells set at the top and no cell margins, one with cells set in
the middle and a merged 领域 column, one that runs over a page break without repeating its
header; then a 专栏 framed by two rules and a 版记, which are not tables.
    python3 make_threeline_pdf.py        # needs soffice on the PATH
Only the PDF is kept; the test reads it, so the build needs neither this script nor LibreOffice.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
                 '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                 'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
                 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
RULE = '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>'


def run(text, size):
    return ('<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="%d"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r>') % (size * 2, escape(text))


def para(text, size=16, center=False, rules=()):
    border = ''.join(RULE % (r, 8) for r in rules)
    return ('<w:p><w:pPr>%s<w:jc w:val="%s"/></w:pPr>%s</w:p>'
            % ('<w:pBdr>%s</w:pBdr>' % border if border else '', 'center' if center else 'both',
               run(text, size)))


def table(rows, widths, valign, margin, merged=()):
    """rows[0] is the header; a cell None continues the merged cell above it."""
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>%s%s'
           '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="%d" w:type="dxa"/>'
           '<w:bottom w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (sum(widths), RULE % ('top', 12), RULE % ('bottom', 12), margin, margin,
              ''.join('<w:gridCol w:w="%d"/>' % w for w in widths))]
    for r, row in enumerate(rows):
        out.append('<w:tr>')
        for c, cell in enumerate(row):
            props = '<w:tcW w:w="%d" w:type="dxa"/>' % widths[c]
            if r == 0:
                props += '<w:tcBorders>%s</w:tcBorders>' % (RULE % ('bottom', 6))
            if cell is None:
                props += '<w:vMerge/>'
            elif (r, c) in merged:
                props += '<w:vMerge w:val="restart"/>'
            out.append('<w:tc><w:tcPr>%s<w:vAlign w:val="%s"/></w:tcPr><w:p><w:pPr><w:jc w:val="%s"/>'
                       '</w:pPr>%s</w:p></w:tc>' % (props, valign, 'left' if widths[c] > 2000 else 'center',
                                                   '' if cell is None else run(cell, 10.5)))
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


TOP = [['序号', '指标', '单位', '2020年', '2025年', '属性'],
       ['1', '孕产妇死亡率', '1/10万', '12.6', '≤12', '约束性'],
       ['2', '以乡（镇、街道）为单位适龄儿童免疫规划疫苗接种率', '%', '98', '≥95', '约束性'],
       ['3', '儿童青少年总体近视率', '%', '54.1', '力争每年降低0.5个百分点以上', '约束性']]
MIDDLE = [['领域', '序号', '指标', '单位', '基期值', '目标值', '属性'],
          ['健康水平', '1', '人均预期寿命', '岁', '78.2', '79', '预期性'],
          [None, '2', '重大慢性病过早死亡率', '%', '15.1', '≤14', '预期性'],
          ['健康生活', '3', '居民健康素养水平', '%', '23.5', '≥30', '预期性'],
          [None, '4', '经常参加体育锻炼人数比例', '%', '38', '≥40', '预期性'],
          [None, '5', '15岁以上人群吸烟率', '%', '24.5', '持续下降', '预期性']]
LONG = [['序号', '指标', '2020年', '2025年', '属性']] + [[str(i + 1), n, b, v, '预期性'] for i, (n, b, v) in enumerate([
    ('孕产妇系统管理率（%）', '93', '≥93'), ('3岁以下儿童系统管理率（%）', '92', '≥92'),
    ('7岁以下儿童健康管理率（%）', '94', '≥95'), ('新生儿遗传代谢性疾病筛查率（%）', '98.5', '≥98'),
    ('新生儿听力筛查率（%）', '97', '≥95'), ('适龄妇女宫颈癌筛查覆盖率（%）', '55', '≥70'),
    ('适龄妇女乳腺癌筛查覆盖率（%）', '52', '≥70'), ('孕产妇产前筛查率（%）', '85', '≥90'),
    ('0—6岁儿童眼保健和视力检查覆盖率（%）', '88', '≥90'), ('婚前医学检查率（%）', '60', '≥70')])]
FILLER = '本规划依据有关法律法规和上级规划编制，是今后五年全区妇幼健康事业发展的行动纲领。' * 3

BODY = ([para('某区妇幼健康事业发展规划（2021—2025年）', 22, center=True), para('一、主要指标'),
         table(TOP, [700, 3300, 900, 900, 1500, 1100], 'top', 0), para('二、健康指标'),
         table(MIDDLE, [1100, 600, 3000, 700, 900, 1100, 900], 'center', 60, {(1, 0), (3, 0)})]
        + [para(FILLER) for _ in range(6)]
        + [para('三、服务指标'), table(LONG, [800, 4200, 1000, 1100, 1000], 'center', 30), para('四、主要任务'),
           para('专栏1  妇女健康促进工程', 14, center=True, rules=['top']),
           para('实施妇女常见病筛查项目，开展宫颈癌和乳腺癌筛查，提高筛查覆盖率和早诊早治率，加强随访服务。',
                rules=['bottom']),
           para('抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。', 14, rules=['top', 'bottom']),
           para('某区人民政府办公室                       2021年12月30日印发', 14, rules=['bottom'])])

DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr><w:pgSz w:w="11906" '
            'w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851"'
            ' w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>') % ''.join(BODY)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, '..', 'resources', 'ingest')
    with tempfile.TemporaryDirectory() as tmp:
        docx = os.path.join(tmp, 'threeline-tables.docx')
        with zipfile.ZipFile(docx, 'w') as z:
            z.writestr('[Content_Types].xml', CONTENT_TYPES)
            z.writestr('_rels/.rels', RELS)
            z.writestr('word/document.xml', DOCUMENT)
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                        '--convert-to', 'pdf', '--outdir', tmp, docx],
                       check=True, stdout=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(tmp, 'threeline-tables.pdf'), os.path.join(target, 'threeline-tables.pdf'))


if __name__ == '__main__':
    main()
