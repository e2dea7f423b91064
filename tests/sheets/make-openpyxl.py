#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes messy-openpyxl.xlsx as a bureau's clerk makes a ledger in Excel:
a title row, a 填报单位/日期 row, "单位：万元", a two-row header with
merged cells, a 序号 column, dates as Excel dates and as text, amounts with
their own unit, a 合计 row, and a second sheet of notes. Run with Debian's
python3-openpyxl: /usr/bin/python3 make-openpyxl.py"""
import datetime
import openpyxl
from openpyxl.styles import Font

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "项目台账"
ws.merge_cells("A1:J1")
ws["A1"] = "2025年度招商引资项目台账"
ws["A1"].font = Font(bold=True, size=16)
ws["A2"] = "填报单位：示范区投资促进局"
ws["H2"] = "填报日期：2025年6月30日"
ws["J3"] = "单位：万元"
# Two header rows: 序号 and 项目名称 merged down, 投资情况 merged across.
for col, text in (("A", "序号"), ("B", "项目名称"), ("C", "投资主体"), ("F", "项目进展"),
                  ("G", "责任单位"), ("H", "包靠领导"), ("I", "签约时间"), ("J", "备注")):
    ws.merge_cells(f"{col}4:{col}5")
    ws[f"{col}4"] = text
ws.merge_cells("D4:E4")
ws["D4"] = "投资情况"
ws["D5"] = "计划总投资"
ws["E5"] = "到位资金"
rows = [
    (1, "新能源电池材料项目", "华东锂电科技有限公司", 350000, "1.2亿", "在谈", "高新区管委会", "王 建国",
     datetime.date(2025, 5, 1), "一期"),
    (2, "智能装备产业园", "鼎盛装备集团", "3亿", 5000, "已签约", "经开区", "李明",
     "2025/3/15", None),
    (3, "冷链物流中心", "顺达物流股份公司", "1,500.5万元", None, "开工", "商务局", "赵丽",
     "2025年1月8日", "联系人：孙一"),
]
for i, row in enumerate(rows):
    for j, value in enumerate(row):
        cell = ws.cell(row=6 + i, column=1 + j, value=value)
        if isinstance(value, datetime.date):
            cell.number_format = "yyyy/m/d"
ws["A9"] = "合计"
ws["D9"] = "=SUM(D6:D8)"
ws["A11"] = "填表人：张三    联系电话：0371-12345678"
notes = wb.create_sheet("填表说明")
notes["A1"] = "金额单位为万元，日期按年月日填写。"
wb.save("messy-openpyxl.xlsx")
