#!/usr/bin/env python3
"""Writes ../resources/ingest/ruled-table.pdf: a plan page with an indicator table drawn with
rules (a merged 领域 cell, a wrapped 指标 cell), as LibreOffice prints an HTML table.
    python3 make_table_pdf.py        # needs soffice on the PATH
Only the PDF is kept; the test reads it, so the build needs neither this script nor LibreOffice.
"""
import os
import shutil
import subprocess
import tempfile

HTML = """<html><head><meta charset="utf-8"></head><body>
<p>示例市健康行动实施方案</p>
<p>到2025年，主要健康指标达到全省先进水平（见附表）。</p>
<p>附表 主要指标</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>领域</th><th>序号</th><th>指标</th><th>单位</th><th>2020年</th><th>2025年</th><th>属性</th></tr>
<tr><td rowspan="2">妇幼健康</td><td>1</td><td>婴儿死亡率</td><td>‰</td><td>3.5</td><td>≤4.5</td><td>约束性</td></tr>
<tr><td>2</td><td>以乡镇（街道）为单位适龄儿童免疫规划疫苗接种率保持较高水平</td><td>%</td><td>90</td><td>&gt;90</td><td>约束性</td></tr>
<tr><td>健康知识普及</td><td>3</td><td>居民健康素养水平</td><td>%</td><td>24.8</td><td>≥32</td><td>预期性</td></tr>
</table>
<p>一、主要任务</p>
<p>（一）实施健康知识普及行动。</p>
</body></html>
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, '..', 'resources', 'ingest')
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, 'ruled-table.html')
        with open(html, 'w', encoding='utf-8') as f:
            f.write(HTML)
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                        '--convert-to', 'pdf:writer_web_pdf_Export', '--outdir', tmp, html],
                       check=True, stdout=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(tmp, 'ruled-table.pdf'), os.path.join(target, 'ruled-table.pdf'))


if __name__ == '__main__':
    main()
