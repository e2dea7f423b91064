#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes messy-xlwt.xls, an Excel 97–2003 ledger as offices still keep them:
a merged title, a 填报单位 row, a two-row header with merged cells (序号,
项目名称 down; 投资额（亿元） across), Excel dates, a 合计 row, and a
second sheet with another table of projects. Run with Debian's
python3-xlwt: /usr/bin/python3 make-xlwt.py"""
import datetime
import xlwt

book = xlwt.Workbook(encoding="utf-8")
date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
bold = xlwt.easyxf("font: bold on")

sheet = book.add_sheet("重点项目")
sheet.write_merge(0, 0, 0, 7, "2025年重点招商项目推进表", bold)
sheet.write(1, 0, "填报单位（盖章）：招商服务中心")
sheet.write(1, 6, "2025年7月1日")
sheet.write_merge(2, 3, 0, 0, "序号", bold)
sheet.write_merge(2, 3, 1, 1, "项目名称", bold)
sheet.write_merge(2, 3, 2, 2, "签约主体", bold)
sheet.write_merge(2, 2, 3, 4, "投资额（亿元）", bold)
sheet.write(3, 3, "总投资", bold)
sheet.write(3, 4, "当年到位资金", bold)
sheet.write_merge(2, 3, 5, 5, "建设阶段", bold)
sheet.write_merge(2, 3, 6, 6, "协议签订时间", bold)
sheet.write_merge(2, 3, 7, 7, "是否重点项目", bold)
data = [
    ("半导体封装测试基地", "芯创微电子有限公司", 12.5, 2, "开工建设", datetime.date(2024, 11, 20), "是"),
    ("生物医药中试平台", "康源生物", 3, 0.5, "洽谈", "2025.4.2", "否"),
]
for i, (name, investor, total, funds, stage, signed, key) in enumerate(data):
    r = 4 + i
    sheet.write(r, 0, i + 1)
    sheet.write(r, 1, name)
    sheet.write(r, 2, investor)
    sheet.write(r, 3, total)
    sheet.write(r, 4, funds)
    sheet.write(r, 5, stage)
    if isinstance(signed, datetime.date):
        sheet.write(r, 6, signed, date_style)
    else:
        sheet.write(r, 6, signed)
    sheet.write(r, 7, key)
sheet.write_merge(6, 6, 0, 2, "合计")
sheet.write(6, 3, xlwt.Formula("SUM(D5:D6)"))

other = book.add_sheet("储备项目")
for c, text in enumerate(("序号", "项目名称", "投资方", "计划总投资（万元）", "项目状态")):
    other.write(0, c, text, bold)
other.write(1, 0, 1)
other.write(1, 1, "文旅综合体")
other.write(1, 2, "山水文旅集团")
other.write(1, 3, 80000)
other.write(1, 4, "线索")
book.save("messy-xlwt.xls")
