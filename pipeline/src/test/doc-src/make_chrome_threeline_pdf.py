#!/usr/bin/env python3
"""Writes ../resources/ingest/threeline-chromium.pdf: an indicator table drawn as a 三线表 with CSS
borders and printed by Chromium, which draws each rule as one box per column and embeds the CJK
font as a Type 3 font (every character a filled path, so （ and ） look like column rules).
    python3 make_chrome_threeline_pdf.py        # needs chromium on the PATH
Only the PDF is kept; the test reads it, so the build needs neither this script nor Chromium.
"""
import os
import shutil
import subprocess
import tempfile

HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; }
table { border-collapse: collapse; border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000;
        font-size: 10.5pt; }
th { border-bottom: 0.75pt solid #000; font-weight: normal; }
td, th { padding: 2px 6px; vertical-align: middle; }
</style></head><body>
<p>某县“十四五”卫生健康事业发展规划</p>
<p>表1　主要指标</p>
<table>
<thead><tr><th>类别</th><th>序号</th><th>指标</th><th>单位</th><th>2020年</th><th>2025年</th><th>属性</th></tr></thead>
<tbody>
<tr><td>健康水平</td><td>1</td><td>每千人口执业（助理）医师数</td><td>人</td><td>2.8</td><td>3.3</td><td>预期性</td></tr>
<tr><td></td><td>2</td><td>孕产妇死亡率</td><td>1/10万</td><td>0</td><td>≤9</td><td>预期性</td></tr>
<tr><td>健康服务</td><td>3</td><td>每千人口医疗卫生机构床位数（张）</td><td>张</td><td>5.9</td><td>6.8</td><td>预期性</td></tr>
</tbody></table>
<p>第三章　构建强大公共卫生体系</p>
</body></html>
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, '..', 'resources', 'ingest')
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, 'table.html')
        with open(html, 'w', encoding='utf-8') as f:
            f.write(HTML)
        pdf = os.path.join(tmp, 'table.pdf')
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                        '--no-pdf-header-footer', f'--user-data-dir={tmp}/profile',
                        f'--print-to-pdf={pdf}', 'file://' + html],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(pdf, os.path.join(target, 'threeline-chromium.pdf'))


if __name__ == '__main__':
    main()
