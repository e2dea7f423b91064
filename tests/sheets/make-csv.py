#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the CSV fixtures: messy-gb18030.csv as Excel and WPS save CSV on
Chinese Windows (GB18030, CRLF, no BOM; a title row, 序号, a quoted field
with a comma and a line break inside, a 合计 row), and utf8-bom.csv as
"CSV UTF-8" from Excel (a BOM). Run: /usr/bin/python3 make-csv.py"""

rows = [
    "2025年签约项目清单,,,,,",
    "序号,项目名称,投资方,总投资(亿元),签约时间,备注",
    '1,高端铝材深加工项目,"宏达铝业, 有限公司",5.2,2025/6/18,"一期在建\r\n二期待批"',
    "2,跨境电商产业园,丝路电商,0.8,2025年2月3日,",
    "合计,,,6,,",
]
with open("messy-gb18030.csv", "wb") as f:
    f.write("\r\n".join(rows).encode("gb18030") + b"\r\n")

utf8 = [
    "项目名称,投资主体,计划总投资（万元）,项目进展,开工时间",
    "数据中心二期,云桥数据科技,120000,在建,45931",
    "ＥＶ充电网络,绿能交通,8000,签约,2025-09-01",
]
with open("utf8-bom.csv", "wb") as f:
    f.write(b"\xef\xbb\xbf" + "\n".join(utf8).encode("utf-8") + b"\n")
