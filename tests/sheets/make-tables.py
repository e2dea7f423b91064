#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tables-openpyxl.xlsx: a sheet for each table other than projects
(单位, 人员, 伙伴, 目标企业, 载体, 线索, 活动, 年度目标) as clerks make them:
a title row, 序号, names typed with spaces (王 建国, 高新区 管委会), a unit
the database does not have (招商服务中心), a 单位-姓名 cell to split, dates
as Excel dates and as text, amounts in 亿元, a 合计 row. Also
people-gb18030.csv, as WPS saves CSV on Chinese Windows, with a
单位-姓名-电话 column. Run with Debian's python3-openpyxl:
/usr/bin/python3 make-tables.py"""
import datetime
import openpyxl
from openpyxl.styles import Font


def sheet(wb, name, title, header, rows, total=None):
    ws = wb.create_sheet(name)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header) + 1)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "填报单位：示范区投资促进局"
    for j, text in enumerate(["序号"] + header):
        ws.cell(row=3, column=1 + j, value=text).font = Font(bold=True)
    for i, row in enumerate(rows):
        ws.cell(row=4 + i, column=1, value=i + 1)
        for j, value in enumerate(row):
            cell = ws.cell(row=4 + i, column=2 + j, value=value)
            if isinstance(value, datetime.date):
                cell.number_format = "yyyy/m/d"
    if total is not None:
        for j, value in enumerate(total):
            ws.cell(row=4 + len(rows), column=1 + j, value=value)
    return ws


wb = openpyxl.Workbook()
wb.remove(wb.active)
sheet(wb, "单位", "招商单位名录", ["单位名称", "单位类型", "排序"],
      [("高新区管委会", "部门", 1), ("城关镇", "镇街", 2), ("商务局", "部门", 3)])
sheet(wb, "人员", "招商人员名录", ["姓名", "所在单位", "职务", "联系电话", "是否在岗"],
      [("王 建国", "高新区 管委会", "主任", "13800000001", "是"),
       ("李明", "城关镇", "镇长", "13800000002", "是"),
       ("赵丽", "招商服务中心", "科员", "13800000003", "否")])
sheet(wb, "伙伴", "招商伙伴名录", ["姓名", "伙伴类型", "工作单位", "职务", "常驻城市", "手机", "聘任时间", "对接人", "备注"],
      [("陈晓东", "城市合伙人", "深圳华创资本", "合伙人", "深圳", "13912345678", "2024年3月1日", "王建国", None),
       ("林海", "商会", "上海福建商会", "秘书长", "上海", "021-55556666", datetime.date(2024, 6, 18), "李 明",
        "每季度走访")])
sheet(wb, "目标企业", "目标企业台账", ["企业名称", "所属产业链", "企业类型", "所在地", "对接状态", "最近对接时间", "责任人", "下一步工作"],
      [("比亚迪股份有限公司", "汽车制造", "链主", "深圳", "已对接", "2025/4/2", "李明", "邀请来访"),
       ("潍柴动力股份有限公司", "动力装备", "配套企业", "潍坊", "洽谈中", datetime.date(2025, 5, 20), "王建国", None)],
      total=("合计：2家",))
sheet(wb, "载体", "载体资源台账", ["载体名称", "载体类型", "位置", "所属单位", "总面积（平方米）", "可用面积（平方米）",
                                   "层高（米）", "承重（吨/平方米）", "租售价格", "负责人"],
      [("高新区标准厂房三期", "标准厂房", "创新大道88号", "高新区管委会", 24000, 8000, 9.5, 3, "12元/㎡·月", "王建国"),
       ("城关镇闲置厂房", "闲置厂房", "城关镇工业路", "城关镇", 5000, 5000, 6, 1.5, "面议", "李明")],
      total=("合计", None, None, None, None, 29000, 13000))
sheet(wb, "线索", "招商线索台账", ["线索名称", "企业名称", "引荐人", "收到时间", "所属产业链", "预计投资（亿元）",
                                   "线索状态", "承办单位-承办人"],
      [("氢能重卡总装项目", "某氢能科技有限公司", "陈晓东", "2025-05-06", "汽车制造", 5, "新线索", "城关镇-李明"),
       ("电驱系统配套项目", "某电驱科技", "林海", datetime.date(2025, 6, 1), "动力装备", "8000万", "跟进中",
        "高新区管委会－王 建国")])
sheet(wb, "活动", "招商活动台账", ["活动名称", "活动类型", "开始时间", "结束时间", "活动地点", "带队领导", "参加人员",
                                   "组织单位", "拜访企业数"],
      [("深圳新能源汽车专题招商", "外出招商", "2025年4月1日", "2025年4月3日", "深圳", "刘书记", "王建国、李明", "高新区管委会", 6),
       ("潍柴动力来访座谈", "来访接待", datetime.date(2025, 5, 20), None, "本区", "王建国", None, "商务局", 1)])
ws = sheet(wb, "年度目标", "2025年度招商目标任务分解表",
           ["单位", "年度", "新增线索", "签约项目数", "签约总投资（亿元）", "开工项目数", "到位资金（万元）"],
           [("高新区 管委会", 2025, 30, 10, 50, 6, 200000),
            ("城关镇", 2025, 12, 4, "8亿", 2, 30000)],
           total=("合计", None, None, 42, 14, 58, 8, 230000))
wb.save("tables-openpyxl.xlsx")

people = [
    "招商人员通讯录,,",
    "序号,单位-姓名-电话,职务",
    "1,城关镇-孙 一-0536-8888 1234,副镇长",
    "2,商务局－周　敏－13700000009,科长",
    "合计,2人,",
]
with open("people-gb18030.csv", "wb") as f:
    f.write("\r\n".join(people).encode("gb18030") + b"\r\n")

# Two files of one shape with a column no synonym names (牵头科室): the
# clerk maps it once, and the second file is mapped the same way.
for name, rows in (("odd-header-1.xlsx", [("滨河文旅综合体", "远景文旅集团", "城关镇"),
                                          ("智慧农业示范园", "丰禾农业", "商务局")]),
                   ("odd-header-2.xlsx", [("光伏组件二期", "晶科新能源", "城关镇")])):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目清单"
    ws.append(["序号", "项目名称", "投资方", "牵头科室"])
    for i, row in enumerate(rows):
        ws.append((i + 1,) + row)
    wb.save(name)
