#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Zhaoshang developers
"""Builds data/demo.xml, the demo data set, in the exchange format.

The demo is the first month of the city bureau of Weifang (潍坊市投资合作促进局)
with the app, ending on the reference date 2024-10-15. Names, amounts and
areas come from the public articles in the shared sources (潍坊经济开发区's 9
signed projects worth 34 亿元 and its carriers, 山东万盛, the chief
representatives and returning natives, the 3-day 3-city trip, 双汇 and 汇源
in 安丘 …); staff, phone numbers, most dates and stages are invented. On
load the importer moves every date so that the reference date becomes
today, so the story only has to be consistent relative to that date.

Chains are the catalogue's (data/catalogue.xml): this script reads their
UUIDs there and rewrites four of them with their 链长 facts. The five
default department units are the ones data/defaults.xml seeds.

Standard library only, deterministic output (UUIDs are uuid5 of readable
keys). Run from the top of the source tree:

  build-aux/make-demo.py > data/demo.xml
"""
import datetime
import os
import sys
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

NS = uuid.UUID("3c1f6a52-8e0d-5b49-a7c2-5d9e4b1a2f60")
EXCHANGE_NS = "urn:zhaoshang:exchange:1"
OFFICE = "潍坊市投资合作促进局"
REFERENCE = "2024-10-15"
YEAR = 2024
CATALOGUE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "catalogue.xml")

# The order records must appear in (a record only refers to earlier ones).
TYPES = ["unit", "person", "target", "chain-group", "chain", "segment", "enterprise",
         "partner", "contact", "activity", "lead", "carrier", "project", "activity-link",
         "stage-event", "obstacle", "update", "funds-entry", "space-need", "instruction", "supervision",
         "supervision-reply"]

STAGES = ["lead", "negotiating", "signed", "registered", "started", "production", "terminated"]
STAGE_DATE_FIELD = {"negotiating": "first-contact-date", "signed": "signing-date",
                    "registered": "registration-date", "started": "start-date",
                    "production": "production-date"}


def uid(kind, key):
    return str(uuid.uuid5(NS, f"{kind}:{key}"))


def day(iso, delta=0):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=delta)).isoformat()


def days_between(a, b):
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


class Ref:
    """A reference field: written as <name>uuid</name> without the -id suffix."""

    def __init__(self, kind, key):
        self.kind = kind
        self.key = key


# Every record of the demo: (element, key, updated, [(field, value)], uuid or None).
RECORDS = []
KEYS = set()


def add(element, key, fields, updated=None, uuid_=None):
    assert element in TYPES, element
    assert (element, key) not in KEYS, (element, key)
    KEYS.add((element, key))
    dates = [v for _, v in fields
             if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit()]
    if updated is None:
        updated = max(dates) if dates else "2024-09-02"
    RECORDS.append((element, key, updated, fields, uuid_))


def unit_ref(key):
    return Ref("unit", key)


# ---- catalogue ---------------------------------------------------------------

def read_catalogue():
    tree = ET.parse(CATALOGUE)
    chains = {}
    for el in tree.getroot():
        tag = el.tag.split("}")[1]
        if tag != "chain":
            continue
        fields = [(child.tag.split("}")[1], child.text or "") for child in el]
        name = dict(fields)["name"]
        assert name not in chains, name
        chains[name] = (el.get("uuid"), fields)
    return chains


CHAINS = read_catalogue()


def chain(name):
    if name not in CHAINS:
        sys.exit(f"make-demo.py: no chain “{name}” in {CATALOGUE}")
    return Ref("chain", name)


# ---- units ---------------------------------------------------------------------

DEFAULT_UNITS = {
    "bureau": "6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d01",     # 投资促进局
    "ndrc": "6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d02",       # 发展和改革局
    "industry": "6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d03",   # 工业和信息化局
    "commerce": "6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d04",   # 商务局
    "science": "6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d05",    # 科学技术局
}

TOWNS = [
    ("econzone", "潍坊经济开发区"),
    ("hanting", "寒亭区"),
    ("hitech", "高新区"),
    ("binhai", "滨海区"),
    ("fangzi", "坊子区"),
    ("linqu", "临朐县"),
    ("anqiu", "安丘市"),
    ("zhucheng", "诸城市"),
]
for i, (key, name) in enumerate(TOWNS):
    add("unit", key, [("name", name), ("kind", "town"), ("position", 10 + i)])

# ---- people (包靠人员) ------------------------------------------------------------

PEOPLE = [
    ("zhang_lx", "张立新", "bureau", "项目推进科科长", "0536-8231016"),
    ("li_xm", "李晓梅", "bureau", "招商一科科长（城市合伙人联络）", "13905360218"),
    ("chen_h", "陈浩", "bureau", "招商二科副科长", "13853640327"),
    ("liu_j", "刘静", "bureau", "综合调度科科员", "0536-8231025"),
    ("yang_f", "杨帆", "industry", "产业链工作专班副主任", "13863650419"),
    ("han_m", "韩明", "commerce", "外资外经科科长", "0536-8786302"),
    ("qin_y", "秦悦", "science", "成果转化科科长", "13791860533"),
    ("zhao_zy", "赵振宇", "econzone", "招商服务中心主任", "13806460612"),
    ("sun_q", "孙倩", "econzone", "招商服务中心招商科科长", "13583670725"),
    ("ma_gq", "马国强", "econzone", "招商资源载体专员", "15953610836"),
    ("zhou_p", "周鹏", "hitech", "投资促进部部长", "13953690947"),
    ("wu_hy", "吴海燕", "binhai", "投资促进局副局长", "13562680158"),
    ("zheng_k", "郑凯", "fangzi", "投资促进服务中心主任", "13869630261"),
    ("feng_x", "冯雪", "linqu", "投资促进服务中心副主任", "15166050372"),
    ("chu_wb", "褚文博", "anqiu", "招商服务中心招商科科长", "13792690483"),
    ("wei_d", "魏东", "zhucheng", "投资促进服务中心项目科科长", "13863610594"),
    ("jiang_l", "蒋丽", "hanting", "招商服务中心科员", "15063670605"),
]
NAME_OF = {}
for key, name, unit, title, phone in PEOPLE:
    NAME_OF[key] = name
    add("person", key, [("name", name), ("unit", unit_ref(unit)), ("title", title),
                        ("phone", phone), ("active", True)])

# ---- annual targets -------------------------------------------------------------
# leads, signed-count, signed-investment, registered, started, production, funds-in-place

TARGETS = {
    "bureau":   (4, 2, 800000, 1, 1, 0, 50000),
    "ndrc":     (3, 1, 100000, 1, 1, 0, 20000),
    "industry": (4, 2, 60000, 1, 1, 0, 20000),
    "commerce": (4, 3, 80000, 2, 1, 1, 20000),
    "science":  (2, 1, 20000, 1, 0, 0, 5000),
    "econzone": (6, 15, 600000, 6, 4, 2, 80000),
    "hanting":  (3, 4, 60000, 4, 2, 1, 60000),
    "hitech":   (6, 5, 120000, 5, 3, 2, 150000),
    "binhai":   (3, 6, 2500000, 5, 4, 2, 600000),
    "fangzi":   (3, 4, 400000, 3, 3, 1, 120000),
    "linqu":    (3, 3, 300000, 3, 3, 3, 150000),
    "anqiu":    (3, 6, 600000, 5, 4, 2, 150000),
    "zhucheng": (3, 4, 200000, 3, 3, 2, 80000),
}
for key, (leads, n_signed, signed_inv, n_reg, n_started, n_prod, funds) in TARGETS.items():
    add("target", f"{key}-{YEAR}",
        [("unit", unit_ref(key)), ("year", YEAR), ("leads", leads), ("signed-count", n_signed),
         ("signed-investment", signed_inv), ("registered-count", n_reg),
         ("started-count", n_started), ("production-count", n_prod), ("funds-in-place", funds)],
        updated="2024-09-02")

# ---- chains: 链长制 facts for four chains ---------------------------------------------

CHAIN_FACTS = {
    "高端化工": dict(
        leader="市政府副市长（分管工业）",
        convener="市政府副秘书长",
        department="市工业和信息化局",
        plan="依托滨海化工园区，推动基础化工向精细化工、化工新材料延伸，打造北方重要的高端化工产业基地。",
        industry_map="《潍坊市高端化工产业招商图谱（2024年版）》：上游基础原料与绿氢，中游精细化工与阻燃剂，下游化工新材料与尼龙。",
        action_plan="2024年围绕阻燃剂、尼龙新材料、绿电氢氨醇三个方向，登门对接头部企业不少于15家，新签约过50亿元项目2个。",
        policies="能耗、用地指标市级统筹优先保障重点项目；重点项目实行“一对一”服务专班。"),
    "现代医药（生物医药）": dict(
        leader="市政府副市长（分管卫生健康）",
        convener="市政府副秘书长",
        department="市工业和信息化局（会同市卫生健康委）",
        plan="以潍坊生物医药产业园为主平台，补齐生物制品和高端医疗器械环节，延伸医药流通与健康服务。",
        industry_map="《潍坊市现代医药产业招商图谱（2024年版）》：上游原料药与药用包材，中游制剂、生物制品与医疗器械，下游医药流通与健康服务。",
        action_plan="发挥链主企业作用开展以商招商；组建“管委会+部门+园区+链主企业”联合招商团队，对接高校院所成果转化。",
        policies="研发投入、中试平台建设按市级政策给予补助；创新药和二类以上医疗器械首次注册给予奖励。"),
    "新材料": dict(
        leader="市政府副市长（分管工业）",
        convener="市工业和信息化局局长",
        department="市工业和信息化局",
        plan="聚焦生物基材料、特种纸和绿色新材料，建设全国重要的生物基新材料生产基地。",
        industry_map="《潍坊市新材料产业招商图谱（2024年版）》：上游无机非金属与纤维材料，中游生物基与高分子材料，下游特种纸与绿色材料应用。",
        action_plan="生物基新材料项目一期年内建成投产；特种纸项目年内签约；绿色新材料产业园加快建设、边建边招。",
        policies="新材料首批次应用保险补偿；重点项目要素跟着项目走。"),
    "食品加工": dict(
        leader="市政府副市长（分管农业农村）",
        convener="市农业农村局局长",
        department="市农业农村局（会同市商务局）",
        plan="以预制菜为突破口，推动食品精深加工和冷链物流协同发展，打造“中华预制菜产业第一城”。",
        industry_map="《潍坊市食品加工产业招商图谱（2024年版）》：上游农产品原料基地，中游精深加工与预制菜，下游冷链物流与品牌营销。",
        action_plan="安丘、诸城重点对接食品头部企业，全年登门拜访不少于30家；补齐冷链物流短板。",
        policies="预制菜企业技改、冷链设施建设给予补助；出口备案基地认证奖励。"),
}
for name, facts in CHAIN_FACTS.items():
    _, fields = CHAINS[name]
    fields = list(fields) + [
        ("chain-leader", facts["leader"]), ("convener", facts["convener"]),
        ("lead-department", facts["department"]), ("plan", facts["plan"]),
        ("industry-map", facts["industry_map"]), ("action-plan", facts["action_plan"]),
        ("policies", facts["policies"])]
    # Importing replaces every field, so the catalogue's own fields (its
    # <group> uuid among them) are written again as the catalogue has them.
    # Stamped with the reference date, so that after the shift on load it is
    # today and newer than the catalogue's own stamp: the import then applies it.
    add("chain", name, fields, updated=REFERENCE, uuid_=CHAINS[name][0])

# ---- segments -----------------------------------------------------------------------

SEGMENTS = [
    ("chem-up", "高端化工", "上游·基础原料与绿氢", 1, "strengthen", "盐化工、绿电制氢原料保障，引进大型工程及能源企业。"),
    ("chem-mid", "高端化工", "中游·精细化工与阻燃剂", 2, "strengthen", "山东万盛功能性新材料项目带动阻燃剂上下游集聚。"),
    ("chem-down", "高端化工", "下游·化工新材料与尼龙", 3, "extend", "尼龙新材料项目在谈，需争取能耗指标。"),
    ("med-up", "现代医药（生物医药）", "上游·原料药与药用包材", 1, "strengthen", "药用玻璃等包材依靠外地链主配套。"),
    ("med-mid", "现代医药（生物医药）", "中游·制剂、生物制品与医疗器械", 2, "fill", "生物制品、宠物抗体疫苗和高值耗材是缺失环节。"),
    ("med-down", "现代医药（生物医药）", "下游·医药流通与健康服务", 3, "extend", "缺少区域性医药物流中心。"),
    ("nm-up", "新材料", "上游·无机非金属与纤维材料", 1, "none", ""),
    ("nm-mid", "新材料", "中游·生物基与高分子材料", 2, "fill", "生物基新材料项目一期建设中。"),
    ("nm-down", "新材料", "下游·特种纸与绿色材料应用", 3, "extend", "特种纸、绿色新材料产业园带动应用端。"),
    ("food-up", "食品加工", "上游·农产品原料基地", 1, "none", "蔬菜、果品、畜禽原料充足。"),
    ("food-mid", "食品加工", "中游·精深加工与预制菜", 2, "strengthen", "双汇、汇源项目签约落地安丘。"),
    ("food-down", "食品加工", "下游·冷链物流与品牌营销", 3, "fill", "冷链物流和出口品牌是短板。"),
]
SEGMENT_CHAIN = {}
for key, chain_name, name, position, gap, notes in SEGMENTS:
    SEGMENT_CHAIN[key] = chain_name
    fields = [("chain", chain(chain_name)), ("name", name), ("position", position), ("gap-kind", gap)]
    if notes:
        fields.append(("notes", notes))
    add("segment", key, fields, updated="2024-09-20")

# ---- target enterprises (目标企业台账) ---------------------------------------------------
# key, name, chain, segment, role, location, status, person, next step, notes

ENTERPRISES = [
    ("cnce", "中国化学工程集团有限公司", "高端化工", "chem-up", "target", "北京", "negotiating", "zhang_lx",
     "10月下旬赴京对接氢氨醇、尼龙新材料项目工程总包及合作投资意向。", "春季北京招商对接时深入会谈。"),
    ("wansheng", "山东万盛新材料有限公司", "高端化工", "chem-mid", "supporting", "潍坊滨海区", "landed", "wu_hy",
     "督促完成试生产方案专家论证。", "年产55万吨功能性新材料一体化生产项目在建。"),
    ("yaobo", "山东省药用玻璃股份有限公司", "现代医药（生物医药）", "med-up", "leader", "淄博市沂源县", "contacted", "yang_f",
     "借助其药包材配套企业名单开展以商招商。", "链主企业（药玻），发挥“朋友圈”招商作用。"),
    ("ruiyang", "瑞阳制药股份有限公司", "现代医药（生物医药）", "med-mid", "leader", "淄博市沂源县", "contacted", "yang_f",
     "邀请来潍考察潍坊生物医药产业园，洽谈制剂外包合作。", "链主企业（瑞阳）。"),
    ("beiruikang", "山东贝瑞康生物科技有限公司", "现代医药（生物医药）", "med-mid", "supporting", "潍坊高新区（潍坊生物医药产业园）", "negotiating", "zhou_p",
     "协调中国农科院饲料研究所团队与企业签订宠物食品抗体合作协议。", "园区企业，提出研发合作需求。"),
    ("feed", "中国农业科学院饲料研究所", "现代医药（生物医药）", "med-mid", "target", "北京", "negotiating", "zhou_p",
     "对接宠物抗体疫苗研发成果在园区中试转化。", "宠物营养与食品科学创新团队。"),
    ("kylc", "科医联创", "现代医药（生物医药）", "med-mid", "target", "北京", "landed", "zhao_zy",
     "跟进精准医学转化研究中心装修设计及立项备案。", ""),
    ("sjtu", "上海交通大学", "现代医药（生物医药）", "", "target", "上海", "contacted", "qin_y",
     "明确成果转化中试基地合作模式后报市政府专题研究。", "春季上海招商对接时登门拜访。"),
    ("sinopharm", "中国医药集团有限公司（国药集团）", "现代医药（生物医药）", "med-down", "target", "北京、上海", "contacted", "zhang_lx",
     "争取在潍设立区域医药物流中心，11月回访国药控股。", "春季招商对接时登门拜访。"),
    ("crc", "华润集团", "现代医药（生物医药）", "med-down", "target", "深圳", "negotiating", "zhang_lx",
     "安排华润医药健康板块11月来潍考察。", "春季深圳招商对接时登门拜访。"),
    ("luyang", "鲁阳节能材料股份有限公司", "新材料", "nm-up", "leader", "淄博市沂源县", "contacted", "yang_f",
     "对接其上下游配套企业，开展以商招商。", "链主企业（鲁阳）。"),
    ("shuanghui", "双汇集团", "食品加工", "food-mid", "target", "河南省漯河市", "landed", "chu_wb",
     "协调施工许可，争取年底前开工。", "安丘登门对接头部企业成果，20亿元项目。"),
    ("huiyuan", "汇源集团", "食品加工", "food-mid", "target", "北京", "landed", "chu_wb",
     "督促注册项目公司并启动立项。", "安丘登门对接头部企业成果，20亿元项目。"),
    ("cflp", "中国物流与采购联合会", "食品加工", "food-down", "target", "北京", "contacted", "zhang_lx",
     "邀请其冷链物流分会来潍召开供需对接会。", "春季北京招商对接时深入会谈。"),
    ("zhongcheng", "中城工业", "汽车制造", "", "target", "", "landed", "wei_d",
     "协调北方基地二期用地。", "诸城籍在外知名人士杜海雁牵线。"),
    ("yigao", "颐高集团", "数字经济", "", "target", "浙江省杭州市", "landed", "zheng_k",
     "推动产业园运营团队11月进驻坊子区。", "“3天3城3项目”杭州站签约。"),
    ("inbet", "青岛英贝特玩具礼品有限公司", "跨境电商", "", "target", "青岛市", "landed", "jiang_l",
     "跟进项目公司注册及出口备案。", "“3天3城3项目”青岛站现场签约。"),
    ("hzc", "青岛海之晨工业装备有限公司", "人工智能", "", "target", "青岛市", "landed", "zhou_p",
     "协调首批应用场景企业对接。", "“3天3城3项目”青岛站签约工业AI视觉质检项目。"),
    ("jingyehui", "京业汇", "宠物经济", "", "target", "北京", "landed", "jiang_l",
     "协调宠物产业园一期主体封顶节点。", "去年年底在北京完成签约。"),
    ("kaiyuan", "开元集团", "", "", "target", "浙江省杭州市", "contacted", "chen_h",
     "邀请来潍考察高端度假酒店选址。", "“3天3城3项目”杭州站拜访。"),
    ("jinjiang", "锦江集团", "", "", "target", "上海", "not-contacted", "chen_h",
     "通过驻上海招引联络处寻求对接渠道。", ""),
    ("ihg", "洲际集团", "", "", "target", "上海（中国区）", "abandoned", "chen_h",
     "暂停跟进，半年后回访。", "对方近期无在潍布局计划。"),
]
ENTERPRISE_PERSON = {}

# ---- partners ------------------------------------------------------------------------
# key, name, kind, organisation, title, city, native place, appointed, person, notes

PARTNERS = [
    ("xu_xm", "徐熙明", "chief-representative", "北京潍坊企业商会",
     "会长；北京姿美堂生物技术股份有限公司董事长", "北京", "", "2024-02-19", "li_xm",
     "2月19日全市“双招双引”工作动员大会上受聘为首席代表。"),
    ("sun_lh", "孙立华", "chief-representative", "上海鸢都投资管理有限公司", "董事长", "上海", "潍城区",
     "2024-02-19", "li_xm", ""),
    ("gao_wt", "高文涛", "chief-representative", "深圳市鸢联科技投资有限公司", "总经理", "深圳", "寿光市",
     "2024-02-19", "chen_h", ""),
    ("zhou_yg", "周永刚", "chief-representative", "杭州潍商企业家联谊会", "秘书长", "杭州", "青州市",
     "2024-02-19", "li_xm", ""),
    ("lin_hf", "林海峰", "chief-representative", "广州鲁潍实业有限公司", "董事长", "广州", "昌乐县",
     "2024-02-19", "chen_h", ""),
    ("qu_wj", "曲文静", "city-partner", "南京合众产业咨询有限公司", "合伙人", "南京", "奎文区",
     "2024-04-18", "li_xm", "城市合伙人，侧重生物医药、新一代信息技术。"),
    ("xing_zy", "邢志远", "city-partner", "天津鲁商产业发展促进会", "副秘书长", "天津", "高密市",
     "2024-04-18", "li_xm", "城市合伙人。"),
    ("macau", "澳门山东社团总会", "liaison-office", "澳门山东社团总会", "招引联络处", "澳门", "",
     "2024-02-19", "han_m", "2月19日受聘为招引联络处。"),
    ("lo_sz", "潍坊市“双招双引”驻深圳招引联络处", "liaison-office", "深圳鲁籍企业家联谊组织", "招引联络处",
     "深圳", "", "2024-02-19", "chen_h", ""),
    ("lo_sh", "潍坊市“双招双引”驻上海招引联络处", "liaison-office", "上海鲁籍企业家联谊组织", "招引联络处",
     "上海", "", "2024-02-19", "li_xm", ""),
    ("lo_hk", "潍坊市“双招双引”驻香港招引联络处", "liaison-office", "香港鲁籍工商界联谊组织", "招引联络处",
     "香港", "", "2024-02-19", "han_m", ""),
    ("lo_gz", "潍坊市“双招双引”驻广州招引联络处", "liaison-office", "广州鲁籍企业家联谊组织", "招引联络处",
     "广州", "", "2024-02-19", "chen_h", ""),
    ("bj_chamber", "北京潍坊企业商会", "chamber", "北京潍坊企业商会", "商会", "北京", "", "", "li_xm",
     "会长徐熙明受聘为首席代表。"),
    ("zj_chamber", "浙江省山东商会", "chamber", "浙江省山东商会", "商会", "杭州", "", "", "li_xm", ""),
    ("sz_chamber", "苏州市山东商会潍坊商会", "chamber", "苏州市山东商会潍坊商会", "商会", "苏州", "", "", "li_xm",
     "会长王斌。"),
    ("liu_sy", "刘水源", "notable-native", "杭州中织实业有限公司", "总经理；浙江省山东商会副会长", "杭州", "临朐县",
     "", "feng_x", "在家乡临朐投资建设浙商(临朐)智能智造产业园。"),
    ("wang_b", "王斌", "notable-native", "苏州市山东商会潍坊商会",
     "苏州市山东商会常务副会长、苏州市山东商会潍坊商会会长", "苏州", "安丘市", "", "chu_wb",
     "在家乡安丘建设苏州(安丘)科技产业园。"),
    ("du_hy", "杜海雁", "notable-native", "", "诸城籍在外知名人士", "", "诸城市", "", "wei_d",
     "牵线搭桥投资建设中城工业北方基地项目。"),
    ("jiang_n", "江南", "notable-native", "广东圣丰集团有限公司", "董事长；全球鲁商联盟会主席", "", "", "", "chen_h",
     "全国工商联常委；出席3月14日粤港澳大湾区知名企业家潍坊行投资合作洽谈会。"),
    ("he_j", "何俊", "enterprise-contact", "青岛海之晨工业装备有限公司", "市场总监", "青岛", "", "", "zhou_p", ""),
    ("shen_j", "沈佳", "enterprise-contact", "颐高集团", "园区运营部经理", "杭州", "", "", "zheng_k", ""),
    ("luo_c", "罗晨", "enterprise-contact", "中国化学工程集团有限公司所属企业", "投资发展部副经理", "北京", "", "",
     "zhang_lx", ""),
]
PARTNER_CONTACT = {
    "xu_xm": ("13901016218", "xu.ximing@example.com", "xxm_bjwf"),
    "sun_lh": ("13816620437", "sunlihua@example.com", "slh_sh0536"),
    "gao_wt": ("13902960551", "gao.wentao@example.com", "gwt_sz"),
    "zhou_yg": ("13906510672", "zhouyg@example.com", "zyg_hz0536"),
    "lin_hf": ("13902280783", "linhaifeng@example.com", "lhf_gz"),
    "qu_wj": ("13951680894", "quwenjing@example.com", "qwj_nj"),
    "xing_zy": ("13920170915", "xingzhiyuan@example.com", "xzy_tj"),
    "macau": ("+853 2835 0136", "macau.sd@example.com", ""),
    "lo_sz": ("0755-8366 0218", "wf.shenzhen@example.com", ""),
    "lo_sh": ("021-6208 0327", "wf.shanghai@example.com", ""),
    "lo_hk": ("+852 2530 0418", "wf.hongkong@example.com", ""),
    "lo_gz": ("020-3839 0529", "wf.guangzhou@example.com", ""),
    "bj_chamber": ("010-6526 0536", "bjwfsh@example.com", ""),
    "zj_chamber": ("0571-8702 0536", "zjsdsh@example.com", ""),
    "sz_chamber": ("0512-6808 0536", "szwfsh@example.com", ""),
    "liu_sy": ("13905710183", "liushuiyuan@example.com", "lsy_zhongzhi"),
    "wang_b": ("13906130294", "wangbin@example.com", "wb_szwf"),
    "du_hy": ("13801060375", "", "dhy_zc"),
    "jiang_n": ("13902000486", "", ""),
    "he_j": ("13792860597", "hejun@example.com", "hj_hzc"),
    "shen_j": ("13857160608", "shenjia@example.com", "sj_yigao"),
    "luo_c": ("13910230719", "luochen@example.com", ""),
}

# ---- contact log (partners and enterprises) -------------------------------------------
# (partner key or None, enterprise key or None, date, channel, person, notes, follow-up)

CONTACTS = [
    ("xu_xm", None, "2024-02-19", "event", "li_xm", "动员大会上颁发首席代表聘书。", None),
    ("xu_xm", None, "2024-04-23", "visit", "zhang_lx", "北京招商对接期间回访北京潍坊企业商会，座谈潍商回归项目。", None),
    ("xu_xm", None, "2024-09-23", "call", "li_xm", "推荐北京一家医疗器械企业扩产项目，已转高新区评估。", "2024-10-18"),
    ("xu_xm", None, "2024-10-09", "wechat", "li_xm", "反馈线索评估结论，约定10月下旬陪同企业来潍考察。", "2024-10-25"),
    ("sun_lh", None, "2024-02-19", "event", "li_xm", "受聘首席代表。", None),
    ("sun_lh", None, "2024-09-03", "meeting", "li_xm", "在沪座谈，推荐半导体封测企业北方布局线索。", None),
    ("sun_lh", None, "2024-10-11", "call", "li_xm", "通报高新区载体情况，企业拟11月来潍。", "2024-11-05"),
    ("gao_wt", None, "2024-02-19", "event", "chen_h", "受聘首席代表。", None),
    ("gao_wt", None, "2024-08-20", "wechat", "chen_h", "交流大湾区储能、无人机企业北上意向。", None),
    ("gao_wt", None, "2024-10-13", "call", "chen_h", "推荐深圳储能电池Pack项目，资料已发邮箱。", "2024-10-16"),
    ("zhou_yg", None, "2024-02-19", "event", "li_xm", "受聘首席代表。", None),
    ("zhou_yg", None, "2024-08-06", "call", "li_xm", "推荐杭州跨境电商服务企业。", None),
    ("zhou_yg", None, "2024-08-28", "visit", "chen_h", "“3天3城3项目”杭州站期间见面，感谢牵线。", None),
    ("zhou_yg", None, "2024-09-20", "event", "sun_q", "出席跨境电商数字贸易港签约。", None),
    ("lin_hf", None, "2024-02-19", "event", "chen_h", "受聘首席代表。", None),
    ("lin_hf", None, "2024-07-01", "call", "chen_h", "反馈定制家居项目终止原因。", None),
    ("qu_wj", None, "2024-04-18", "meeting", "li_xm", "城市合伙人聘任座谈。", None),
    ("qu_wj", None, "2024-05-20", "call", "li_xm", "反馈南京CRO企业暂缓北方布局。", None),
    ("qu_wj", None, "2024-09-26", "wechat", "li_xm", "推送潍坊生物医药产业园招商手册。", "2024-10-20"),
    ("xing_zy", None, "2024-04-18", "meeting", "li_xm", "城市合伙人聘任座谈。", None),
    ("xing_zy", None, "2024-06-20", "call", "li_xm", "了解天津鲁商企业投资意向，暂无具体线索。", "2024-07-20"),
    ("macau", None, "2024-02-19", "event", "han_m", "受聘招引联络处。", None),
    ("macau", None, "2024-07-16", "meeting", "han_m", "视频会商葡语国家食品贸易合作。", None),
    ("macau", None, "2024-10-11", "wechat", "han_m", "发来葡语国家食品贸易合作线索。", "2024-10-12"),
    ("lo_sz", None, "2024-02-19", "event", "chen_h", "受聘招引联络处。", None),
    ("lo_sz", None, "2024-09-12", "call", "chen_h", "商定11月大湾区小分队行程。", "2024-10-30"),
    ("lo_sh", None, "2024-02-19", "event", "li_xm", "受聘招引联络处。", None),
    ("lo_sh", None, "2024-08-22", "wechat", "li_xm", "请其协助对接锦江集团。", "2024-09-30"),
    ("lo_hk", None, "2024-02-19", "event", "han_m", "受聘招引联络处。", None),
    ("lo_hk", None, "2024-05-28", "call", "han_m", "了解港资企业内地布局动向。", "2024-06-30"),
    ("lo_gz", None, "2024-02-19", "event", "chen_h", "受聘招引联络处。", None),
    ("lo_gz", None, "2024-09-25", "call", "chen_h", "请其梳理有北上意向的大湾区制造企业名单。", "2024-10-25"),
    ("bj_chamber", None, "2023-10-24", "visit", "li_xm", "商会推荐京业汇宠物产业园项目。", None),
    ("bj_chamber", None, "2024-04-23", "meeting", "zhang_lx", "北京招商对接期间召开在京潍商座谈会。", None),
    ("bj_chamber", None, "2024-09-05", "call", "li_xm", "商定商会会员企业秋季回乡考察活动。", "2024-10-22"),
    ("zj_chamber", None, "2024-08-28", "visit", "chen_h", "“3天3城3项目”杭州站拜会商会。", None),
    ("zj_chamber", None, "2024-10-08", "call", "feng_x", "推荐绍兴纺织印染企业产能转移线索。", None),
    ("zj_chamber", None, "2024-10-12", "event", "feng_x", "组织会员企业来潍考察浙商(临朐)智能智造产业园。", None),
    ("sz_chamber", None, "2024-09-19", "visit", "chu_wb", "赴苏州对接期间拜会商会。", None),
    ("liu_sy", None, "2024-09-28", "event", "feng_x", "出席浙商(临朐)智能智造产业园一期投用仪式。", None),
    ("liu_sy", None, "2024-10-12", "visit", "feng_x", "陪同浙江省山东商会会员企业考察产业园。", "2024-11-01"),
    ("wang_b", None, "2024-09-10", "call", "chu_wb", "推荐苏州工业机器人企业入驻科技产业园。", None),
    ("wang_b", None, "2024-09-19", "visit", "chu_wb", "在苏州陪同走访入驻意向企业。", "2024-10-20"),
    ("du_hy", None, "2024-08-16", "event", "wei_d", "出席中城工业北方基地项目开工仪式。", None),
    ("du_hy", None, "2024-09-20", "call", "wei_d", "沟通北方基地二期配套企业。", "2024-10-18"),
    ("jiang_n", None, "2024-03-14", "event", "chen_h", "出席粤港澳大湾区知名企业家潍坊行投资合作洽谈会。", None),
    ("jiang_n", None, "2024-08-15", "call", "chen_h", "跟进大湾区电子信息企业产能转移线索。", "2024-09-15"),
    ("jiang_n", None, "2024-09-30", "wechat", "chen_h", "企业完成潍坊、临沂两地比选，倾向潍坊。", "2024-10-21"),
    ("he_j", None, "2024-07-25", "call", "zhou_p", "介绍工业AI视觉质检项目。", None),
    ("he_j", None, "2024-10-09", "visit", "zhou_p", "项目立项备案完成，商定首批应用场景。", "2024-10-23"),
    ("shen_j", None, "2024-08-02", "call", "zheng_k", "介绍颐高数字经济产业园运营模式。", None),
    ("shen_j", None, "2024-10-11", "wechat", "zheng_k", "确认运营团队进驻时间。", "2024-11-04"),
    ("luo_c", None, "2024-04-24", "meeting", "zhang_lx", "北京招商对接期间会谈。", None),
    ("luo_c", None, "2024-10-09", "call", "zhang_lx", "约定10月下旬赴京对接。", "2024-10-24"),
    # Target enterprises.
    (None, "cnce", "2024-04-24", "meeting", "zhang_lx", "市领导带队会谈，介绍高端化工重点项目。", None),
    (None, "cnce", "2024-10-09", "call", "zhang_lx", "对方有意参与绿电氢氨醇、尼龙项目。", "2024-10-24"),
    (None, "crc", "2024-03-26", "visit", "zhang_lx", "市领导带队登门拜访。", None),
    (None, "crc", "2024-09-18", "wechat", "zhang_lx", "华润医药健康板块有意11月来潍考察。", "2024-11-08"),
    (None, "sinopharm", "2024-04-09", "visit", "zhang_lx", "登门拜访国药控股。", None),
    (None, "sinopharm", "2024-08-15", "call", "zhang_lx", "沟通区域医药物流中心选址条件。", "2024-11-15"),
    (None, "sjtu", "2024-04-10", "visit", "qin_y", "拜访上海交通大学，对接成果转化。", None),
    (None, "sjtu", "2024-07-02", "call", "qin_y", "学校提出中试基地共建方案初稿。", "2024-08-30"),
    (None, "beiruikang", "2024-09-24", "meeting", "zhou_p", "陪同饲料研究所专家参观工厂并洽谈。", None),
    (None, "beiruikang", "2024-10-08", "visit", "zhou_p", "梳理合作协议条款。", "2024-10-22"),
    (None, "feed", "2024-09-24", "meeting", "zhou_p", "专家团队来访洽谈宠物食品抗体合作。", "2024-10-22"),
    (None, "kylc", "2024-10-09", "visit", "zhao_zy", "对接研究中心装修设计方案。", "2024-10-23"),
    (None, "wansheng", "2024-10-10", "visit", "wu_hy", "现场调度试生产准备。", "2024-10-17"),
    (None, "yaobo", "2024-09-12", "call", "yang_f", "请其推荐药包材配套企业。", None),
    (None, "ruiyang", "2024-08-22", "call", "yang_f", "邀请来潍考察生物医药产业园。", "2024-10-30"),
    (None, "luyang", "2024-06-27", "visit", "yang_f", "登门交流上下游配套企业名单。", None),
    (None, "shuanghui", "2024-04-16", "visit", "chu_wb", "安丘市登门对接。", None),
    (None, "shuanghui", "2024-09-10", "visit", "chu_wb", "项目立项备案，现场踏勘。", "2024-10-20"),
    (None, "huiyuan", "2024-04-18", "visit", "chu_wb", "安丘市登门对接。", None),
    (None, "huiyuan", "2024-09-30", "call", "chu_wb", "催办项目公司注册。", "2024-10-18"),
    (None, "cflp", "2024-04-24", "meeting", "zhang_lx", "会谈冷链物流合作。", None),
    (None, "zhongcheng", "2024-09-20", "visit", "wei_d", "现场协调二期用地。", None),
    (None, "yigao", "2024-08-28", "event", "zheng_k", "杭州签约。", None),
    (None, "yigao", "2024-10-11", "call", "zheng_k", "确认运营团队进驻方案。", None),
    (None, "inbet", "2024-08-27", "event", "chen_h", "青岛现场签约。", None),
    (None, "inbet", "2024-09-26", "call", "jiang_l", "跟进项目公司注册。", "2024-10-17"),
    (None, "hzc", "2024-08-27", "event", "chen_h", "青岛签约工业AI视觉质检项目。", None),
    (None, "hzc", "2024-10-09", "visit", "zhou_p", "立项备案完成。", None),
    (None, "jingyehui", "2024-08-30", "call", "jiang_l", "了解一期施工进度。", None),
    (None, "kaiyuan", "2024-08-28", "visit", "chen_h", "“3天3城3项目”杭州站拜访。", "2024-10-31"),
    (None, "ihg", "2024-03-20", "call", "chen_h", "对接高端度假酒店项目。", None),
    (None, "ihg", "2024-06-20", "call", "chen_h", "对方表示近期无布局计划。", None),
]

# Enterprises carry the date of their latest contact.
LAST_CONTACT = {}
for partner, enterprise, date, *_ in CONTACTS:
    if enterprise:
        LAST_CONTACT[enterprise] = max(LAST_CONTACT.get(enterprise, ""), date)

for key, name, chain_name, segment, role, location, status, person, next_step, notes in ENTERPRISES:
    fields = [("name", name)]
    if chain_name:
        fields.append(("chain", chain(chain_name)))
    if segment:
        assert SEGMENT_CHAIN[segment] == chain_name, key
        fields.append(("segment", Ref("segment", segment)))
    fields.append(("role", role))
    if location:
        fields.append(("location", location))
    fields.append(("contact-status", status))
    if key in LAST_CONTACT:
        fields.append(("last-contact-date", LAST_CONTACT[key]))
    else:
        assert status == "not-contacted", key
    fields += [("person", Ref("person", person)), ("next-step", next_step)]
    if notes:
        fields.append(("notes", notes))
    add("enterprise", key, fields)

for key, name, kind, organisation, title, city, native, appointed, person, notes in PARTNERS:
    phone, email, wechat = PARTNER_CONTACT[key]
    fields = [("name", name), ("kind", kind)]
    for field, value in (("organisation", organisation), ("title", title), ("city", city),
                         ("native-place", native), ("phone", phone), ("email", email),
                         ("wechat", wechat), ("appointed-date", appointed)):
        if value:
            fields.append((field, value))
    fields.append(("person", Ref("person", person)))
    if notes:
        fields.append(("notes", notes))
    last = max(d for p, _, d, *_ in CONTACTS if p == key)
    add("partner", key, fields, updated=last)

for i, (partner, enterprise, date, channel, person, notes, follow_up) in enumerate(CONTACTS):
    fields = []
    if partner:
        fields.append(("partner", Ref("partner", partner)))
    if enterprise:
        fields.append(("enterprise", Ref("enterprise", enterprise)))
    fields += [("date", date), ("channel", channel), ("person", Ref("person", person)), ("notes", notes)]
    if follow_up:
        fields.append(("follow-up-date", follow_up))
    add("contact", f"{partner or enterprise}-{date}-{i}", fields, updated=date)

# ---- activities (招商活动台账) -------------------------------------------------------------

ACTIVITIES = [
    dict(key="mobilise", name="全市“双招双引”工作动员大会", kind="meeting", start="2024-02-19",
         cities="潍坊", official="市委、市政府主要负责同志", unit="bureau",
         participants="各县市区、市属开发区和市直有关部门负责同志；受聘首席代表和招引联络处代表",
         summary="聘任北京潍坊企业商会会长、北京姿美堂生物技术股份有限公司董事长徐熙明等5名企业家为全市“双招双引”首席代表，"
                 "澳门山东社团总会等5家机构为招引联络处；表彰全市招商引资优秀企业20家。"),
    dict(key="gba", name="粤港澳大湾区知名企业家潍坊行投资合作洽谈会", kind="fair", start="2024-03-14",
         cities="潍坊", official="市政府主要负责同志", unit="bureau",
         participants="全国工商联常委、全球鲁商联盟会主席、广东圣丰集团有限公司董事长江南等粤港澳大湾区企业家",
         summary="大湾区企业家考察潍坊投资环境，现场收集产能转移、电子信息等项目线索。"),
    dict(key="shenzhen", name="赴深圳招商对接", kind="outbound-trip", start="2024-03-26", end="2024-03-27",
         cities="深圳", official="市委、市政府主要领导", unit="bureau", visited=6,
         participants="市投资合作促进局、市发展改革委、市工业和信息化局",
         summary="登门拜访华润集团等企业，拜会老朋友、回访好项目，推介现代医药、高端化工产业链。"),
    dict(key="shanghai", name="赴上海招商对接", kind="outbound-trip", start="2024-04-09", end="2024-04-10",
         cities="上海", official="市委、市政府主要领导", unit="bureau", visited=7,
         participants="市投资合作促进局、市科学技术局、高新区",
         summary="登门拜访国药集团（国药控股）、上海交通大学等企业和机构，对接医药流通和科技成果转化合作。"),
    dict(key="anqiu-food", name="安丘市赴漯河、北京对接食品产业头部企业", kind="outbound-trip",
         start="2024-04-15", end="2024-04-18", cities="漯河、北京", official="安丘市政府主要负责同志",
         unit="anqiu", visited=5, participants="安丘市招商服务中心、市农业农村局",
         summary="按照招引图谱登门对接双汇、汇源等食品头部企业，推动两个20亿元项目进入实质洽谈。"),
    dict(key="beijing", name="赴北京招商对接", kind="outbound-trip", start="2024-04-23", end="2024-04-24",
         cities="北京", official="市委、市政府主要领导", unit="bureau", visited=8,
         participants="市投资合作促进局、市工业和信息化局、滨海区",
         summary="与中国化学工程集团、中国物流与采购联合会等企业机构深入会谈；回访北京潍坊企业商会。"),
    dict(key="trip", name="“3天3城3项目”青岛、杭州、绍兴招商行", kind="outbound-trip",
         start="2024-08-27", end="2024-08-29", cities="青岛、杭州、绍兴",
         official="市投资合作促进局主要负责同志", unit="bureau", visited=19,
         participants="市投资合作促进局招商二科，高新区、坊子区、寒亭区招商人员",
         summary="8月27日在青岛与青岛英贝特玩具礼品有限公司就投资建设、贸易出口达成合作意向并现场签约，"
                 "与青岛海之晨工业装备有限公司签约工业AI视觉质检项目；8月28日在杭州与颐高集团合作签约；"
                 "8月29日在绍兴围绕产业定位开展精准对接。三天走进近20家企业、商会、园区，签约3个项目。"),
    dict(key="suzhou", name="赴苏州对接苏州(安丘)科技产业园入驻企业", kind="outbound-trip",
         start="2024-09-19", end="2024-09-20", cities="苏州", official="安丘市分管负责同志",
         unit="anqiu", visited=6, participants="安丘市招商服务中心；苏州市山东商会潍坊商会",
         summary="在王斌陪同下走访6家智能制造、工业机器人企业，推介科技产业园二期。"),
    dict(key="feed-visit", name="中国农业科学院饲料研究所专家团队来访潍坊生物医药产业园", kind="visit-received",
         start="2024-09-24", cities="潍坊", unit="hitech",
         participants="中国农科院饲料研究所宠物营养与食品科学创新团队；高新区“管委会+部门+园区+链主企业”联合招引团队",
         summary="专家团队参观山东贝瑞康生物科技有限公司工厂，就合作开发宠物食品抗体新产品、宠物抗体疫苗研发进行洽谈："
                 "团队做上游研发，企业做下游中试生产。"),
    dict(key="dispatch-sep", name="9月份全市招商引资调度会", kind="meeting", start="2024-09-27",
         cities="潍坊", official="市投资合作促进局主要负责同志", unit="bureau",
         participants="各县市区、市属开发区招商部门负责同志",
         summary="通报9月新签约、新立项、新开工项目清单和红橙项目堵点，部署四季度攻坚。"),
    dict(key="carriers", name="潍坊经济开发区招商资源载体推介暨项目对接会", kind="fair", start="2024-10-10",
         cities="潍坊", official="潍坊经济开发区主要负责同志", unit="econzone",
         participants="在谈项目企业代表、首席代表、城市合伙人",
         summary="推介中科智慧产研城、中南高科鸢都汇智产业园等园区54.4万平方米，三立建材、安发新材料等闲置厂房15.2万平方米，"
                 "智慧梅里大厦、七星光合大厦等楼宇6.8万平方米，为在谈项目匹配落地空间。"),
    dict(key="zj-visit", name="浙江省山东商会会员企业来潍考察", kind="visit-received", start="2024-10-12",
         cities="潍坊、临朐", unit="linqu", participants="浙江省山东商会会员企业12家；刘水源",
         summary="考察浙商(临朐)智能智造产业园一期，座谈二期招商和入驻政策。"),
]
for a in ACTIVITIES:
    fields = [("name", a["name"]), ("kind", a["kind"]), ("start-date", a["start"])]
    if "end" in a:
        fields.append(("end-date", a["end"]))
    fields.append(("cities", a["cities"]))
    if "official" in a:
        fields.append(("leading-official", a["official"]))
    fields += [("participants", a["participants"]), ("unit", unit_ref(a["unit"]))]
    if "visited" in a:
        fields.append(("enterprises-visited", a["visited"]))
    fields.append(("summary", a["summary"]))
    add("activity", a["key"], fields)

# ---- leads -----------------------------------------------------------------------------
# key, name, company, partner, received, chain, estimate, status, unit, person, enterprise,
# responded, assessed, fed back, drop reason, description

LEADS = [
    ("zheshang", "浙商(临朐)智能智造产业园", "杭州中织实业有限公司", "liu_sy", "2023-09-08", "智能制造", 150000,
     "converted", "linqu", "feng_x", None, "2023-09-09", "2023-09-11", "2023-09-14", None,
     "刘水源拟回乡建设智能智造产业园，吸引专精特新企业入驻。"),
    ("jingyehui", "京业汇宠物产业园", "京业汇", "bj_chamber", "2023-10-24", "宠物经济", 100000,
     "converted", "hanting", "jiang_l", "jingyehui", "2023-10-25", "2023-10-27", "2023-10-31", None,
     "北京潍坊企业商会推荐的宠物产业园项目。"),
    ("suzhou-park", "苏州(安丘)科技产业园", "苏州市山东商会潍坊商会会员企业", "wang_b", "2023-12-06", "智能制造", 100000,
     "converted", "anqiu", "chu_wb", None, "2023-12-07", "2023-12-09", "2023-12-13", None,
     "王斌牵头在家乡安丘建设科技产业园，面向高新技术、智能制造、人工智能企业。"),
    ("zhongcheng", "中城工业北方基地项目", "中城工业", "du_hy", "2024-01-17", "汽车制造", 100000,
     "converted", "zhucheng", "wei_d", "zhongcheng", "2024-01-18", "2024-01-20", "2024-01-24", None,
     "杜海雁牵线，打通诸城商用车、专用车上下游产业链。"),
    ("gba-electronics", "大湾区电子信息企业产能转移", "（企业要求暂不公开）", "jiang_n", "2024-03-14", "新一代信息技术（元宇宙）", 50000,
     "following", "bureau", "chen_h", None, "2024-03-15", "2024-03-18", "2024-03-21", None,
     "洽谈会上江南推荐，企业在潍坊、临沂两地比选。"),
    ("nanjing-cro", "南京生物医药CRO企业北方布局", "南京某生物医药CRO企业", "qu_wj", "2024-05-13", "现代医药（生物医药）", 20000,
     "dropped", "hitech", "zhou_p", None, "2024-05-14", "2024-05-16", "2024-05-20", "企业战略调整，暂缓北方布局。",
     "拟设立临床前研究服务中心。"),
    ("guangzhou-furniture", "广州定制家居企业北方生产基地", "广州某定制家居企业", "lin_hf", "2024-06-24", "", 30000,
     "dropped", "econzone", "sun_q", None, "2024-06-25", "2024-06-27", "2024-07-01",
     "企业要求的土地价格低于政策底线，投资强度达不到园区准入标准。", "拟建设北方生产基地。"),
    ("haizhichen", "工业AI视觉质检项目", "青岛海之晨工业装备有限公司", "he_j", "2024-07-25", "人工智能", 12000,
     "converted", "hitech", "zhou_p", "hzc", "2024-07-26", "2024-07-28", "2024-08-01", None,
     "企业拟在潍设立工业AI视觉质检研发和集成中心。"),
    ("yigao", "颐高数字经济产业园运营合作", "颐高集团", "shen_j", "2024-08-02", "数字经济", 30000,
     "converted", "fangzi", "zheng_k", "yigao", "2024-08-03", "2024-08-05", "2024-08-09", None,
     "颐高集团有意输出产业园运营模式。"),
    ("cross-border", "跨境电商数字贸易港", "杭州云帆数贸科技有限公司", "zhou_yg", "2024-08-06", "跨境电商", 20000,
     "converted", "econzone", "sun_q", None, "2024-08-07", "2024-08-09", "2024-08-13", None,
     "杭州跨境电商服务企业拟建设数字贸易港。"),
    ("shanghai-chip", "上海半导体封测企业北方布局", "上海某半导体封装测试企业", "sun_lh", "2024-09-03", "新一代信息技术（元宇宙）", 60000,
     "following", "hitech", "zhou_p", None, "2024-09-04", "2024-09-06", "2024-09-10", None,
     "企业拟新建封测产线，关注电价和人才。"),
    ("suzhou-robot", "苏州工业机器人企业入驻科技产业园", "苏州某工业机器人企业", "wang_b", "2024-09-10", "智能制造", 8000,
     "following", "anqiu", "chu_wb", None, "2024-09-11", "2024-09-13", "2024-09-17", None,
     "拟租用苏州(安丘)科技产业园二期厂房。"),
    ("beijing-device", "北京医疗器械企业扩产项目", "北京康瑞医械科技有限公司", "xu_xm", "2024-09-23", "现代医药（生物医药）", 30000,
     "assessed", "hitech", "zhou_p", None, "2024-09-24", "2024-09-26", "2024-09-29", None,
     "企业二类医疗器械产能不足，拟异地扩产。"),
    # Overdue on the reference date: assessed late, or not even answered.
    ("shaoxing-textile", "绍兴纺织印染企业产能转移", "绍兴某纺织印染企业", "zj_chamber", "2024-10-08", "纺织服装", 25000,
     "new", "linqu", "feng_x", None, "2024-10-09", None, None, None,
     "“3天3城3项目”绍兴站对接后，商会推荐的印染企业产能转移需求，需先核实环保准入。"),
    ("macau-food", "澳门葡语国家食品贸易合作", "澳门某食品贸易企业", "macau", "2024-10-11", "预制菜", 5000,
     "new", "commerce", "han_m", None, None, None, None, None,
     "拟以澳门为平台向葡语国家出口预制菜。"),
    ("shenzhen-storage", "深圳储能电池Pack项目", "深圳某储能科技企业", "gao_wt", "2024-10-13", "新型储能", 40000,
     "new", "binhai", "wu_hy", None, None, None, None, None,
     "企业拟在北方建设储能电池Pack生产线。"),
]
for (key, name, company, partner, received, chain_name, estimate, status, unit, person, enterprise,
     responded, assessed, fed_back, drop_reason, description) in LEADS:
    fields = [("name", name), ("company", company), ("partner", Ref("partner", partner)),
              ("received-date", received)]
    if chain_name:
        fields.append(("chain", chain(chain_name)))
    fields += [("estimated-investment", estimate), ("description", description), ("status", status),
               ("unit", unit_ref(unit)), ("person", Ref("person", person))]
    if enterprise:
        fields.append(("enterprise", Ref("enterprise", enterprise)))
    fields += [("respond-due", day(received, 1)), ("assess-due", day(received, 3)),
               ("feedback-due", day(received, 7))]
    for field, value in (("responded-date", responded), ("assessed-date", assessed),
                         ("fed-back-date", fed_back), ("drop-reason", drop_reason)):
        if value:
            fields.append((field, value))
    updated = max(d for d in (received, responded, assessed, fed_back) if d)
    add("lead", key, fields, updated=updated)

# ---- carriers (招商资源载体), 潍坊经济开发区 ------------------------------------------------
# key, name, kind, total, available, floors, height, floor load, price, person, last update, notes

CARRIERS = [
    ("zhongke", "中科智慧产研城", "park", 320000, 96000, None, 8.0, 2.0,
     "标准厂房租金9元/㎡·月，可售2800元/㎡", "ma_gq", "2024-10-08",
     "标准厂房、研发楼和人才公寓配套，重点承接智能制造、生命健康项目。"),
    ("zhongnan", "中南高科鸢都汇智产业园", "park", 224000, 52000, None, 9.0, 3.0,
     "租金10元/㎡·月，可售3000元/㎡起", "zhao_zy", "2024-10-09",
     "一、二期已建成，三期已签约。"),
    ("sanli", "三立建材闲置厂房", "idle-factory", 88000, 61000, 1, 12.0, 5.0,
     "租金7元/㎡·月", "sun_q", "2024-10-11",
     "单层钢结构，配10吨行车；部分厂房正在办理解押手续。"),
    ("anfa", "安发新材料闲置厂房", "idle-factory", 64000, 64000, 1, 10.5, 3.0,
     "租金6.5元/㎡·月，可整体转让（价格面议）", "ma_gq", "2024-08-28",
     "整体闲置，配套变电站1250kVA。"),
    ("meili", "智慧梅里大厦", "building", 38000, 15600, 24, 3.2, 0.3,
     "租金1.2元/㎡·天", "sun_q", "2024-10-14",
     "5A写字楼，适合研发、总部和数字经济企业。"),
    ("qixing", "七星光合大厦", "building", 30000, 12800, 18, 3.0, 0.25,
     "租金1.0元/㎡·天，前两年租金减半", "ma_gq", "2024-09-05",
     "适合跨境电商、直播电商和服务外包企业。"),
]
for key, name, kind, total, available, floors, height, load, price, person, last_update, notes in CARRIERS:
    assert available <= total, key
    fields = [("name", name), ("kind", kind), ("location", "潍坊经济开发区"), ("unit", unit_ref("econzone")),
              ("total-area", total), ("available-area", available)]
    if floors is not None:
        fields.append(("floors", floors))
    fields += [("height", height), ("floor-load", load), ("price", price),
               ("person", Ref("person", person)), ("last-update", last_update), ("notes", notes)]
    add("carrier", key, fields)

# ---- projects (招商项目台账) -----------------------------------------------------------------
#
# history: [(stage, date, note)], dates ascending; the first entry is the
# project's first stage. The stage, stage-since and the stage date fields
# are derived from it.

P = []


def project(key, name, unit, person, grade, history, *, investor=None, origin=None, chain_name=None,
            segment=None, key_project=False, planned=0, contract=None, funds=0, fixed=0, jobs=None,
            land=None, carrier=None, enterprise=None, partner=None, lead=None, activity=None, notes=None):
    P.append(dict(key=key, name=name, unit=unit, person=person, grade=grade, history=history,
                  investor=investor, origin=origin, chain=chain_name, segment=segment,
                  key_project=key_project, planned=planned, contract=contract, funds=funds, fixed=fixed,
                  jobs=jobs, land=land, carrier=carrier, enterprise=enterprise, partner=partner, lead=lead,
                  activity=activity, notes=notes))


OUT = "out-of-province"

# 潍坊经济开发区: the 9 signed projects, 34 亿元 planned in total.
project("zhongnan-3", "中南高科·鸢都汇智产业园三期", "econzone", "zhao_zy", "yellow",
        [("negotiating", "2024-05-06", None), ("signed", "2024-07-18", "三期投资协议签约。")],
        investor="中南高科", origin=(OUT, "南通", "江苏", None), chain_name="智能制造", key_project=True,
        planned=80000, contract=80000, funds=12000, jobs=1500, land=210, carrier="zhongnan",
        notes="三期建设标准厂房及研发楼，定位智能制造、城市家具配套企业。")
project("yicheng", "亿程机械项目", "econzone", "sun_q", "orange",
        [("negotiating", "2024-03-18", None), ("signed", "2024-05-22", None)],
        investor="亿程机械", origin=("in-province", "青岛", "山东", None), chain_name="高端装备",
        planned=30000, contract=30000, funds=3000, jobs=260, carrier="sanli",
        notes="拟租用三立建材闲置厂房，建设智能装备生产线。")
project("keyi", "科医联创精准医学转化研究中心", "econzone", "zhao_zy", "green",
        [("negotiating", "2024-04-02", None), ("signed", "2024-06-14", None)],
        investor="科医联创", origin=(OUT, "北京", "北京", None), chain_name="现代医药（生物医药）",
        segment="med-mid", key_project=True, planned=50000, contract=50000, funds=8000, jobs=300,
        carrier="meili", enterprise="kylc", notes="精准医学检测与转化研究平台，入驻智慧梅里大厦。")
project("furniture", "智能城市家具产业基地", "econzone", "sun_q", "red",
        [("lead", "2024-01-22", None), ("negotiating", "2024-02-26", None), ("signed", "2024-04-11", None)],
        investor="潍坊鸢都城市家具科技有限公司", origin=("local", "潍坊", "山东", None), chain_name="智能制造",
        planned=45000, contract=45000, funds=2000, jobs=420, land=86,
        notes="城市家具是经济区特色优势产业。")
project("xbec-port", "跨境电商数字贸易港", "econzone", "sun_q", "green",
        [("negotiating", "2024-08-12", None), ("signed", "2024-09-20", "首席代表周永刚出席签约。")],
        investor="杭州云帆数贸科技有限公司", origin=(OUT, "杭州", "浙江", None), chain_name="跨境电商",
        planned=20000, contract=20000, funds=1500, jobs=200, carrier="qixing", partner="zhou_yg",
        lead="cross-border")
project("thermal", "新能源汽车热管理系统项目", "econzone", "zhao_zy", "green",
        [("lead", "2024-06-17", None), ("negotiating", "2024-07-09", None), ("signed", "2024-10-11", None)],
        investor="宁波恒驰汽车零部件有限公司", origin=(OUT, "宁波", "浙江", None), chain_name="汽车制造",
        key_project=True, planned=60000, contract=60000, jobs=600, land=120, carrier="zhongke")
project("consumables", "医用高值耗材生产基地", "econzone", "zhao_zy", "red",
        [("negotiating", "2024-01-15", None), ("signed", "2024-03-28", None)],
        investor="上海微迈医疗器械有限公司", origin=(OUT, "上海", "上海", None), chain_name="现代医药（生物医药）",
        segment="med-mid", planned=25000, contract=25000, funds=1000, jobs=180, carrier="zhongke")
project("iiot", "工业互联网数字化车间项目", "econzone", "ma_gq", "green",
        [("negotiating", "2024-07-22", None), ("signed", "2024-08-30", None)],
        investor="潍坊智云工业互联网科技有限公司", origin=("local", "潍坊", "山东", None), chain_name="数字经济",
        planned=15000, contract=15000, funds=2500, jobs=120, carrier="anfa")
project("warehouse", "智能仓储物流装备项目", "econzone", "ma_gq", "green",
        [("lead", "2024-08-05", None), ("negotiating", "2024-08-19", None), ("signed", "2024-09-27", None)],
        investor="济南捷运智能装备有限公司", origin=("in-province", "济南", "山东", None), chain_name="高端装备",
        planned=15000, contract=15000, jobs=150, carrier="sanli")
# 潍坊经济开发区: in talks and dropped.
project("cdmo", "医疗器械CDMO服务平台", "econzone", "zhao_zy", "green",
        [("lead", "2024-08-20", None), ("negotiating", "2024-09-02", None)],
        investor="苏州康研医疗科技有限公司", origin=(OUT, "苏州", "江苏", None), chain_name="生命健康",
        planned=18000, jobs=150, carrier="zhongke")
project("drone", "低空经济无人机整机项目", "econzone", "sun_q", "green",
        [("lead", "2024-10-10", "载体推介会上企业表达意向。")],
        origin=(OUT, "深圳", "广东", None), chain_name="低空经济", planned=30000, activity="carriers")
project("pv-film", "光伏组件封装材料项目", "econzone", "sun_q", "red",
        [("negotiating", "2024-02-20", None),
         ("terminated", "2024-07-30", "投资方资金链紧张，经双方协商终止洽谈。")],
        investor="常州某光伏材料企业", origin=(OUT, "常州", "江苏", None), chain_name="新能源", planned=22000)

# 滨海区
project("wansheng", "山东万盛年产55万吨功能性新材料一体化生产项目", "binhai", "wu_hy", "orange",
        [("negotiating", "2022-10-12", None), ("signed", "2022-12-28", None),
         ("registered", "2023-02-20", None), ("started", "2023-04-18", None)],
        investor="山东万盛新材料有限公司", origin=(OUT, "台州", "浙江", None), chain_name="高端化工",
        segment="chem-mid", key_project=True, planned=360000, contract=360000, funds=265000, fixed=238000,
        jobs=900, land=980, enterprise="wansheng",
        notes="40余栋单体内部设施和设备安装施工中，建成后年产55万吨新型阻燃剂及相关产品；"
              "园区内可配齐主要原材料，与周边企业形成上下游。原计划7月具备试生产条件。")
project("desalination", "海水淡化项目", "binhai", "wu_hy", "green",
        [("lead", "2024-02-27", None), ("negotiating", "2024-03-21", None),
         ("signed", "2024-09-06", "框架协议签约，百亿级项目。")],
        investor="央企牵头联合体", origin=(OUT, "北京", "北京", None), chain_name="海水淡化", key_project=True,
        planned=1000000, contract=1000000, jobs=600, land=1500)
project("h2-nh3", "绿电氢氨醇一体化项目", "binhai", "wu_hy", "yellow",
        [("negotiating", "2024-01-10", None), ("signed", "2024-04-18", None),
         ("registered", "2024-08-15", None)],
        investor="某能源央企所属氢能公司", origin=(OUT, "北京", "北京", None), chain_name="氢能", key_project=True,
        planned=420000, contract=420000, funds=30000, jobs=500, land=1500)
project("biobased", "生物基新材料项目", "binhai", "wu_hy", "green",
        [("negotiating", "2024-01-08", "年初开始洽谈。"), ("signed", "2024-02-15", "从洽谈到签约用时38天。"),
         ("registered", "2024-03-19", None), ("started", "2024-04-26", None)],
        investor="某生物基新材料龙头企业", origin=(OUT, None, "江苏", None), chain_name="新材料",
        segment="nm-mid", key_project=True, planned=300000, contract=300000, funds=96000, fixed=82000,
        jobs=650, land=520, notes="一期年内建成投产，建成后将成为全球最大的生产基地。")
project("storage-plant", "新型储能电站项目", "binhai", "wu_hy", "green",
        [("negotiating", "2024-04-15", None), ("signed", "2024-06-06", None),
         ("registered", "2024-08-01", None), ("started", "2024-10-08", None)],
        investor="潍坊滨海储能科技有限公司", origin=("local", "潍坊", "山东", None), chain_name="新型储能",
        planned=90000, contract=90000, funds=18000, fixed=9000, jobs=60, land=95)

# 市投资合作促进局: key projects the city pushes itself (市级统筹)
project("special-paper", "特种纸项目", "bureau", "zhang_lx", "green",
        [("lead", "2024-01-30", None), ("negotiating", "2024-02-22", None),
         ("signed", "2024-10-14", "市级统筹重点项目签约。")],
        investor="某特种纸行业龙头企业", origin=(OUT, None, "浙江", None), chain_name="新材料", segment="nm-down",
        key_project=True, planned=500000, contract=500000, jobs=1200, land=1100,
        notes="50亿级项目，市级统筹推进，选址滨海区。")
project("nylon", "尼龙新材料项目", "bureau", "zhang_lx", "orange",
        [("lead", "2024-03-05", None), ("negotiating", "2024-04-24", None)],
        investor="某尼龙新材料上市公司", origin=(OUT, None, "河南", None), chain_name="高端化工",
        segment="chem-down", key_project=True, planned=500000, jobs=1000, land=1200,
        notes="50亿级项目，滨海区、昌邑两处选址比选。")
project("hotel", "国际品牌度假酒店项目", "bureau", "chen_h", "yellow",
        [("negotiating", "2024-03-05", None),
         ("terminated", "2024-06-20", "品牌方调整区域开发计划，近期不在本区域新增度假酒店，终止洽谈。")],
        investor="洲际集团", origin=("foreign", None, None, "英国"), planned=60000, enterprise="ihg")

# 高新区
project("pet-antibody", "宠物食品抗体新产品合作项目", "hitech", "zhou_p", "green",
        [("negotiating", "2024-09-24", "饲料研究所专家团队来访洽谈。")],
        investor="山东贝瑞康生物科技有限公司、中国农业科学院饲料研究所", origin=("local", "潍坊", "山东", None),
        chain_name="现代医药（生物医药）", segment="med-mid", planned=8000, jobs=40,
        enterprise="beiruikang", activity="feed-visit",
        notes="团队做上游研发，企业做下游中试生产；包括宠物抗体疫苗研发合作。")
project("ai-inspection", "工业AI视觉质检项目", "hitech", "zhou_p", "green",
        [("negotiating", "2024-07-30", None), ("signed", "2024-08-27", "青岛签约（3天3城3项目）。"),
         ("registered", "2024-10-09", None)],
        investor="青岛海之晨工业装备有限公司", origin=("in-province", "青岛", "山东", None), chain_name="人工智能",
        planned=12000, contract=12000, funds=2000, jobs=80, enterprise="hzc", partner="he_j",
        lead="haizhichen", activity="trip")
project("jingxin", "潍坊京新项目", "hitech", "zhou_p", "green",
        [("negotiating", "2023-09-05", None), ("signed", "2023-11-16", None),
         ("registered", "2024-01-10", None), ("started", "2024-03-12", None)],
        chain_name="现代医药（生物医药）", segment="med-mid", key_project=True, planned=150000,
        contract=150000, funds=62000, fixed=55000, jobs=500, land=260, notes="项目现场施工中。")
project("interventional", "微创介入医疗器械项目", "hitech", "zhou_p", "green",
        [("negotiating", "2023-06-12", None), ("signed", "2023-08-03", None),
         ("registered", "2023-09-20", None), ("started", "2023-11-08", None),
         ("production", "2024-08-20", None)],
        investor="北京康微医疗科技有限公司", origin=(OUT, "北京", "北京", None),
        chain_name="现代医药（生物医药）", segment="med-mid", planned=22000, contract=22000, funds=21000,
        fixed=17500, jobs=160, land=40)
project("maglev", "磁悬浮动力装备配套项目", "hitech", "zhou_p", "green",
        [("negotiating", "2024-05-28", None), ("signed", "2024-07-25", None),
         ("registered", "2024-09-25", None)],
        investor="潍坊磁驰动力科技有限公司", origin=("local", "潍坊", "山东", None), chain_name="磁技术",
        planned=26000, contract=26000, funds=5000, jobs=180, land=60)
project("computing", "AI算力中心项目", "hitech", "zhou_p", "green",
        [("lead", "2024-10-14", None)],
        investor="某云计算企业", origin=(OUT, "北京", "北京", None), chain_name="人工智能", planned=50000)

# 坊子区
project("metaverse-park", "元宇宙配套产业园", "fangzi", "zheng_k", "green",
        [("negotiating", "2023-08-14", None), ("signed", "2023-10-19", None),
         ("registered", "2023-12-07", None), ("started", "2024-03-20", None)],
        investor="坊子区属国有平台公司", origin=("local", "潍坊", "山东", None), chain_name="元宇宙",
        key_project=True, planned=120000, contract=120000, funds=45000, fixed=41000, jobs=2000, land=300,
        notes="边建设、边招商，尚未交付使用，在谈入驻项目已达60多个。")
project("yigao", "颐高数字经济产业园运营合作项目", "fangzi", "zheng_k", "green",
        [("negotiating", "2024-08-08", None), ("signed", "2024-08-28", "杭州签约（3天3城3项目）。")],
        investor="颐高集团", origin=(OUT, "杭州", "浙江", None), chain_name="数字经济", planned=30000,
        contract=30000, funds=3000, jobs=300, enterprise="yigao", partner="shen_j", lead="yigao",
        activity="trip", notes="颐高负责元宇宙配套产业园部分楼宇运营和招商。")
project("xr-optics", "XR光学模组项目", "fangzi", "zheng_k", "green",
        [("lead", "2024-09-30", None)],
        investor="深圳某XR光学企业", origin=(OUT, "深圳", "广东", None), chain_name="新一代信息技术（元宇宙）",
        planned=40000)
project("vr-content", "VR内容制作基地", "fangzi", "zheng_k", "yellow",
        [("negotiating", "2024-06-18", None)],
        investor="北京幻境互动科技有限公司", origin=(OUT, "北京", "北京", None), chain_name="元宇宙",
        planned=8000, jobs=120)
project("green-materials", "绿色新材料产业园", "fangzi", "zheng_k", "green",
        [("negotiating", "2024-01-16", None), ("signed", "2024-03-29", None),
         ("registered", "2024-06-12", None), ("started", "2024-09-18", None)],
        investor="某新材料产业投资集团", origin=("in-province", "济南", "山东", None), chain_name="新材料",
        segment="nm-down", key_project=True, planned=200000, contract=200000, funds=30000, fixed=12000,
        jobs=800, land=450)

# 临朐县
project("zheshang-park", "浙商(临朐)智能智造产业园", "linqu", "feng_x", "green",
        [("negotiating", "2023-09-12", None), ("signed", "2023-11-20", None),
         ("registered", "2024-01-15", None), ("started", "2024-03-06", None),
         ("production", "2024-09-28", "一期投用，首批企业入驻。")],
        investor="杭州中织实业有限公司", origin=(OUT, "杭州", "浙江", None), chain_name="智能制造",
        key_project=True, planned=150000, contract=150000, funds=68000, fixed=61000, jobs=1200, land=400,
        partner="liu_sy", lead="zheshang", notes="吸引专精特新企业、瞪羚企业入驻。")
project("aluminium", "铝型材精深加工项目", "linqu", "feng_x", "green",
        [("negotiating", "2023-10-09", None), ("signed", "2023-12-05", None),
         ("registered", "2024-01-30", None), ("started", "2024-04-08", None),
         ("production", "2024-10-12", None)],
        investor="临朐华盛铝业科技有限公司", origin=("local", "潍坊", "山东", None), chain_name="高端铝材",
        planned=35000, contract=35000, funds=33000, fixed=29000, jobs=260, land=80)

# 安丘市
project("shuanghui", "双汇安丘食品产业园项目", "anqiu", "chu_wb", "green",
        [("negotiating", "2024-04-16", None), ("signed", "2024-06-21", None),
         ("registered", "2024-09-10", None)],
        investor="双汇集团", origin=(OUT, "漯河", "河南", None), chain_name="食品加工", segment="food-mid",
        key_project=True, planned=200000, contract=200000, funds=26000, jobs=1000, land=450,
        enterprise="shuanghui", activity="anqiu-food")
project("huiyuan", "汇源安丘果蔬加工产业园项目", "anqiu", "chu_wb", "yellow",
        [("negotiating", "2024-04-18", None), ("signed", "2024-07-12", None)],
        investor="汇源集团", origin=(OUT, "北京", "北京", None), chain_name="食品加工", segment="food-mid",
        key_project=True, planned=200000, contract=200000, funds=5000, jobs=800, land=380,
        enterprise="huiyuan", activity="anqiu-food")
project("suzhou-park", "苏州(安丘)科技产业园", "anqiu", "chu_wb", "green",
        [("negotiating", "2023-12-11", None), ("signed", "2024-03-08", None),
         ("registered", "2024-04-22", None), ("started", "2024-06-19", None)],
        investor="苏州市山东商会潍坊商会会员企业", origin=(OUT, "苏州", "江苏", None), chain_name="智能制造",
        key_project=True, planned=100000, contract=100000, funds=36000, fixed=30000, jobs=1500, land=260,
        partner="wang_b", lead="suzhou-park",
        notes="面向高新技术、智能制造、人工智能等新兴产业。")
project("central-kitchen", "预制菜中央厨房项目", "anqiu", "chu_wb", "green",
        [("negotiating", "2023-11-02", None), ("signed", "2024-01-09", None),
         ("registered", "2024-02-20", None), ("started", "2024-03-25", None),
         ("production", "2024-07-15", None)],
        investor="安丘鲜味源食品有限公司", origin=("local", "潍坊", "山东", None), chain_name="预制菜",
        planned=12000, contract=12000, funds=13500, fixed=12800, jobs=220, land=45,
        notes="追加投资建设冷库，到位资金超过计划总投资。")

# 诸城市
project("zhongcheng", "中城工业北方基地项目", "zhucheng", "wei_d", "green",
        [("negotiating", "2024-01-22", None), ("signed", "2024-03-26", None),
         ("registered", "2024-05-30", None), ("started", "2024-08-16", None)],
        investor="中城工业", chain_name="汽车制造", key_project=True, planned=100000, contract=100000,
        funds=22000, fixed=15000, jobs=900, land=320, enterprise="zhongcheng", partner="du_hy",
        lead="zhongcheng", notes="打通诸城商用车、专用车上下游产业链。")
project("special-vehicle", "专用车上装配套项目", "zhucheng", "wei_d", "red",
        [("negotiating", "2024-06-03", None)],
        investor="湖北随州某专用车企业", origin=(OUT, "随州", "湖北", None), chain_name="汽车制造",
        planned=15000, jobs=200)
project("export-food", "预制菜出口加工项目", "zhucheng", "wei_d", "green",
        [("negotiating", "2023-07-10", None), ("signed", "2023-09-15", None),
         ("registered", "2023-11-02", None), ("started", "2024-01-16", None),
         ("production", "2024-09-03", None)],
        investor="诸城日鲜食品有限公司（日资）", origin=("foreign", "大阪", None, "日本"), chain_name="预制菜",
        planned=18000, contract=18000, funds=16500, fixed=14200, jobs=300, land=60)

# 寒亭区
project("inbet", "英贝特玩具礼品生产及出口贸易项目", "hanting", "jiang_l", "green",
        [("negotiating", "2024-08-13", None), ("signed", "2024-08-27", "青岛现场签约（3天3城3项目）。")],
        investor="青岛英贝特玩具礼品有限公司", origin=("in-province", "青岛", "山东", None), chain_name="跨境电商",
        planned=10000, contract=10000, funds=800, jobs=150, enterprise="inbet", activity="trip")
project("jingyehui", "京业汇宠物产业园", "hanting", "jiang_l", "green",
        [("negotiating", "2023-10-30", None), ("signed", "2023-12-27", "在北京完成签约。"),
         ("registered", "2024-01-18", None), ("started", "2024-02-28", "年初开工建设。")],
        investor="京业汇", origin=(OUT, "北京", "北京", None), chain_name="宠物经济", key_project=True,
        planned=100000, contract=100000, funds=38000, fixed=31000, jobs=700, land=280,
        enterprise="jingyehui", partner="bj_chamber", lead="jingyehui")
project("overseas-warehouse", "跨境电商海外仓项目", "hanting", "jiang_l", "green",
        [("negotiating", "2024-06-24", None), ("signed", "2024-08-06", None),
         ("registered", "2024-10-10", None)],
        investor="潍坊鸢飞国际物流有限公司", origin=("local", "潍坊", "山东", None), chain_name="跨境电商",
        planned=16000, contract=16000, funds=2600, jobs=90)
project("kite-park", "风筝文创数字产业园", "hanting", "jiang_l", "yellow",
        [("negotiating", "2024-07-02", None)],
        investor="杭州某文创产业运营商", origin=(OUT, "杭州", "浙江", None), chain_name="数字经济",
        planned=20000, jobs=300)
project("plastic", "废旧塑料再生颗粒项目", "hanting", "jiang_l", "green",
        [("lead", "2024-07-22", None), ("negotiating", "2024-08-06", None),
         ("terminated", "2024-09-05", "属产业政策限制类，不符合园区环保准入要求，终止洽谈。")],
        origin=(OUT, None, "河北", None), planned=6000)

# Departments
project("car-fabric", "韩国汽车内饰面料项目", "commerce", "han_m", "orange",
        [("negotiating", "2024-07-16", None)],
        investor="韩国某汽车内饰面料企业", origin=("foreign", "首尔", None, "韩国"), chain_name="纺织服装",
        planned=14000, jobs=180)
project("cold-chain", "新加坡冷链物流中心项目", "commerce", "han_m", "green",
        [("negotiating", "2024-05-20", None), ("signed", "2024-09-12", None)],
        investor="新加坡某冷链物流集团", origin=("foreign", None, None, "新加坡"), chain_name="食品加工",
        segment="food-down", planned=28000, contract=28000, funds=4000, jobs=150, land=70)
project("cnc", "数控系统国产化配套项目", "industry", "yang_f", "red",
        [("negotiating", "2024-05-10", None)],
        investor="沈阳某数控系统企业", origin=(OUT, "沈阳", "辽宁", None), chain_name="工业母机",
        planned=20000, jobs=160)
project("aftertreatment", "柴油机后处理系统项目", "industry", "yang_f", "green",
        [("lead", "2024-10-03", None)],
        investor="无锡某汽车环保部件企业", origin=(OUT, "无锡", "江苏", None), chain_name="动力装备",
        planned=25000)
project("pilot-base", "高校科技成果转化中试基地（上海交通大学对接）", "science", "qin_y", "yellow",
        [("lead", "2024-04-10", "上海招商对接时提出合作意向。")],
        chain_name="现代医药（生物医药）", planned=15000, activity="shanghai")

# ---- obstacles (堵点) and measures (推进措施) --------------------------------------------------
# project, description, measure, state, person, due, resolved

OBSTACLES = [
    ("furniture", "项目用地涉及土地利用总体规划调整，供地时间不确定。",
     "分管领导专题调度，自然资源部门加快规划调整报批；同步匹配中科智慧产研城标准厂房作为过渡方案。",
     "open", "sun_q", "2024-10-31", None),
    ("furniture", "企业银行授信未落实，首期资金不到位。",
     "组织政银企对接会，协调两家银行出具授信意向。", "resolved", "sun_q", "2024-07-15", "2024-07-05"),
    ("consumables", "医疗器械生产许可需先建成洁净车间，企业对过渡厂房洁净等级有异议。",
     "协调市场监管部门提前介入指导；园区按十万级洁净标准改造2号楼。", "open", "zhao_zy", "2024-10-25", None),
    ("consumables", "企业总部决策层调整，投资节奏放缓。",
     "经济区主要负责同志赴上海拜访企业总部，重申政策承诺。", "open", "zhao_zy", "2024-10-20", None),
    ("yicheng", "三立建材闲置厂房产权分割及抵押解除手续未完成，企业无法办理入驻。",
     "经济区牵头协调债权银行和原产权人，11月底前完成解押。", "open", "sun_q", "2024-11-30", None),
    ("wansheng", "部分装置安全设施设计专篇审查及试生产方案专家论证未完成，试生产推迟。",
     "滨海区应急、住建部门组成专班对接，每周调度；10月底前组织专家论证。", "open", "wu_hy", "2024-10-31", None),
    ("wansheng", "园区蒸汽管网接入延期。",
     "协调热电企业加快管网施工。", "resolved", "wu_hy", "2024-06-30", "2024-06-20"),
    ("nylon", "项目年综合能耗约30万吨标准煤，需省级能耗指标统筹。",
     "市发展改革委向省里争取能耗指标单列；同步推进两处选址比选。", "open", "zhang_lx", "2024-11-15", None),
    ("h2-nh3", "用海及海域使用论证审批周期长。",
     "滨海区自然资源部门提前对接省厅，并联办理。", "open", "wu_hy", "2024-11-30", None),
    ("special-vehicle", "企业要求的上装车间层高12米以上，现有厂房不满足。",
     "协调中城工业北方基地预留厂房，按企业需求定制建设。", "open", "wei_d", "2024-10-30", None),
    ("car-fabric", "外方要求协助办理进口设备减免税及外汇登记。",
     "商务局会同海关、外汇管理部门上门指导。", "open", "han_m", "2024-10-28", None),
    ("cnc", "企业要求本地整机企业提供首台套应用场景，尚未落实。",
     "工信局梳理本地工业母机企业需求清单，组织供需对接。", "open", "yang_f", "2024-10-18", None),
    ("pv-film", "投资方资金链紧张。", "项目终止，不再跟进。", "resolved", "sun_q", "2024-07-30", "2024-07-30"),
]

# ---- update log (项目进展) ----------------------------------------------------------------------

UPDATES = [
    ("zhongnan-3", "2024-09-10", "zhao_zy", "三期规划方案已报经济区规划委员会。"),
    ("zhongnan-3", "2024-10-09", "zhao_zy", "规划方案按意见调整，预计11月上旬完成立项备案。"),
    ("yicheng", "2024-08-20", "sun_q", "企业设备已订货，等待厂房交付。"),
    ("yicheng", "2024-10-11", "sun_q", "三立建材厂房解押仍在与银行协商。"),
    ("keyi", "2024-09-05", "zhao_zy", "研究中心装修设计方案评审通过。"),
    ("keyi", "2024-10-09", "zhao_zy", "项目备案材料已提交，装修招标启动。"),
    ("furniture", "2024-07-05", "sun_q", "两家银行出具授信意向。"),
    ("furniture", "2024-09-12", "sun_q", "规划调整方案仍在报批，企业提出先租用标准厂房过渡。"),
    ("xbec-port", "2024-10-08", "sun_q", "项目公司完成注册，七星光合大厦3层装修中。"),
    ("thermal", "2024-10-11", "zhao_zy", "投资协议签约，计划11月办理立项备案。"),
    ("consumables", "2024-08-28", "zhao_zy", "企业对2号楼洁净等级提出异议。"),
    ("consumables", "2024-10-10", "zhao_zy", "市场监管部门现场指导，改造方案修订中。"),
    ("iiot", "2024-09-26", "ma_gq", "安发新材料厂房改造方案确定。"),
    ("warehouse", "2024-10-12", "ma_gq", "企业完成三立建材厂房现场踏勘。"),
    ("cdmo", "2024-10-08", "zhao_zy", "第二轮洽谈，企业关注洁净厂房和人才公寓。"),
    ("wansheng", "2024-07-10", "wu_hy", "设备安装进度约85%，试生产条件推迟。"),
    ("wansheng", "2024-09-20", "wu_hy", "安全设施设计专篇审查意见已反馈企业。"),
    ("wansheng", "2024-10-10", "wu_hy", "专班现场调度，专家论证定于10月底。"),
    ("desalination", "2024-09-06", "wu_hy", "框架协议签约，启动可研编制。"),
    ("desalination", "2024-10-09", "wu_hy", "可研编制单位进场。"),
    ("special-paper", "2024-10-14", "zhang_lx", "投资协议签约，滨海区同步启动供地准备。"),
    ("h2-nh3", "2024-08-15", "wu_hy", "完成立项备案。"),
    ("h2-nh3", "2024-09-25", "wu_hy", "海域使用论证报告编制中。"),
    ("biobased", "2024-08-30", "wu_hy", "一期主体结构完成，设备进场。"),
    ("biobased", "2024-10-10", "wu_hy", "一期设备安装过半，年内投产目标不变。"),
    ("storage-plant", "2024-10-08", "wu_hy", "举行开工仪式。"),
    ("nylon", "2024-07-18", "zhang_lx", "企业提交能耗测算，需省级指标统筹。"),
    ("nylon", "2024-09-27", "zhang_lx", "调度会研究能耗指标争取路径。"),
    ("pet-antibody", "2024-09-24", "zhou_p", "专家团队参观贝瑞康工厂并洽谈。"),
    ("pet-antibody", "2024-10-08", "zhou_p", "合作协议文本初稿已交换。"),
    ("ai-inspection", "2024-10-09", "zhou_p", "完成立项备案，首批应用场景企业3家。"),
    ("jingxin", "2024-09-18", "zhou_p", "主体厂房封顶。"),
    ("interventional", "2024-08-20", "zhou_p", "取得医疗器械生产许可，正式投产。"),
    ("maglev", "2024-09-25", "zhou_p", "完成立项备案，办理规划许可。"),
    ("metaverse-park", "2024-09-15", "zheng_k", "园区一期主体完工，在谈入驻项目60多个。"),
    ("metaverse-park", "2024-10-11", "zheng_k", "与颐高运营团队对接招商方案。"),
    ("yigao", "2024-10-11", "zheng_k", "运营团队11月进驻。"),
    ("vr-content", "2024-08-05", "zheng_k", "企业等待元宇宙配套产业园交付。"),
    ("green-materials", "2024-09-18", "zheng_k", "举行开工仪式。"),
    ("zheshang-park", "2024-09-28", "feng_x", "一期投用，首批8家企业入驻。"),
    ("zheshang-park", "2024-10-12", "feng_x", "浙江省山东商会会员企业考察二期。"),
    ("aluminium", "2024-10-12", "feng_x", "生产线调试完成，正式投产。"),
    ("shuanghui", "2024-09-10", "chu_wb", "完成立项备案。"),
    ("shuanghui", "2024-10-10", "chu_wb", "施工图审查中，争取年底前开工。"),
    ("huiyuan", "2024-08-20", "chu_wb", "项目公司注册材料准备中。"),
    ("huiyuan", "2024-09-30", "chu_wb", "催办项目公司注册，企业内部审批未完成。"),
    ("suzhou-park", "2024-09-20", "chu_wb", "赴苏州走访6家意向入驻企业。"),
    ("central-kitchen", "2024-07-15", "chu_wb", "正式投产，追加冷库投资1500万元。"),
    ("zhongcheng", "2024-08-16", "wei_d", "举行开工仪式，杜海雁出席。"),
    ("zhongcheng", "2024-09-20", "wei_d", "二期用地协调中。"),
    ("special-vehicle", "2024-07-20", "wei_d", "企业提出12米以上层高厂房需求。"),
    ("export-food", "2024-09-03", "wei_d", "首批产品出口日本。"),
    ("inbet", "2024-09-26", "jiang_l", "项目公司注册中。"),
    ("jingyehui", "2024-08-30", "jiang_l", "一期主体施工中。"),
    ("overseas-warehouse", "2024-10-10", "jiang_l", "完成立项备案。"),
    ("kite-park", "2024-08-12", "jiang_l", "第二轮洽谈，企业关注文创扶持政策。"),
    ("car-fabric", "2024-09-10", "han_m", "外方提交进口设备清单。"),
    ("cold-chain", "2024-09-12", "han_m", "投资协议签约。"),
    ("cnc", "2024-07-05", "yang_f", "企业要求首台套应用场景。"),
    ("pilot-base", "2024-07-02", "qin_y", "学校提出共建方案初稿。"),
]


def write_projects():
    stage_events = []
    for p in P:
        history = p["history"]
        dates = [d for _, d, _ in history]
        assert dates == sorted(dates), p["key"]
        for i in range(1, len(history)):
            a, b = history[i - 1][0], history[i][0]
            assert b == "terminated" or STAGES.index(b) > STAGES.index(a), p["key"]
        assert dates[-1] <= REFERENCE, p["key"]
        stage, since = history[-1][0], history[-1][1]
        stage_dates = {STAGE_DATE_FIELD[s]: d for s, d, _ in history if s in STAGE_DATE_FIELD}

        fields = [("name", p["name"])]
        if p["investor"]:
            fields.append(("investor", p["investor"]))
        if p["origin"]:
            kind, city, province, country = p["origin"]
            fields.append(("origin-kind", kind))
            for field, value in (("origin-city", city), ("origin-province", province),
                                 ("origin-country", country)):
                if value:
                    fields.append((field, value))
        if p["chain"]:
            fields.append(("chain", chain(p["chain"])))
        if p["segment"]:
            assert SEGMENT_CHAIN[p["segment"]] == p["chain"], p["key"]
            fields.append(("segment", Ref("segment", p["segment"])))
        fields += [("unit", unit_ref(p["unit"])), ("person", Ref("person", p["person"])),
                   ("stage", stage), ("stage-since", since), ("grade", p["grade"]),
                   ("key-project", p["key_project"]), ("planned-investment", p["planned"])]
        if p["contract"] is not None:
            fields.append(("contract-amount", p["contract"]))
        fields += [("funds-in-place", p["funds"]), ("fixed-asset-investment", p["fixed"])]
        if p["jobs"] is not None:
            fields.append(("expected-jobs", p["jobs"]))
        if p["land"] is not None:
            fields.append(("land", p["land"]))
        for field in ("carrier", "enterprise", "partner", "lead", "activity"):
            if p[field]:
                fields.append((field, Ref(field, p[field])))
        for field in ("first-contact-date", "signing-date", "registration-date", "start-date",
                      "production-date"):
            if field in stage_dates:
                fields.append((field, stage_dates[field]))
        if p["notes"]:
            fields.append(("notes", p["notes"]))

        logs = [u[1] for u in UPDATES if u[0] == p["key"]]
        add("project", p["key"], fields, updated=max(dates + logs))

        previous = history[0][0]
        for i, (s, d, note) in enumerate(history):
            stage_events.append((p["key"], i, previous, s, d, note))
            previous = s
    return stage_events


STAGE_EVENTS = write_projects()
PROJECT_KEYS = {p["key"] for p in P}

ACTIVITY_LINKS = [
    ("trip", "project", "inbet", "8月27日青岛现场签约。"),
    ("trip", "project", "ai-inspection", "8月27日青岛签约。"),
    ("trip", "project", "yigao", "8月28日杭州签约。"),
    ("trip", "enterprise", "inbet", None),
    ("trip", "enterprise", "hzc", None),
    ("trip", "enterprise", "yigao", None),
    ("trip", "enterprise", "kaiyuan", "杭州站拜访。"),
    ("trip", "lead", "shaoxing-textile", "绍兴站对接后由浙江省山东商会推荐。"),
    ("shenzhen", "enterprise", "crc", "登门拜访。"),
    ("shanghai", "enterprise", "sinopharm", "登门拜访。"),
    ("shanghai", "enterprise", "sjtu", "登门拜访。"),
    ("shanghai", "project", "pilot-base", None),
    ("beijing", "enterprise", "cnce", "深入会谈。"),
    ("beijing", "enterprise", "cflp", "深入会谈。"),
    ("anqiu-food", "enterprise", "shuanghui", None),
    ("anqiu-food", "enterprise", "huiyuan", None),
    ("anqiu-food", "project", "shuanghui", None),
    ("anqiu-food", "project", "huiyuan", None),
    ("gba", "lead", "gba-electronics", "江南现场推荐。"),
    ("suzhou", "lead", "suzhou-robot", None),
    ("suzhou", "project", "suzhou-park", None),
    ("feed-visit", "enterprise", "beiruikang", None),
    ("feed-visit", "enterprise", "feed", None),
    ("feed-visit", "project", "pet-antibody", None),
    ("carriers", "project", "drone", "企业现场表达意向。"),
    ("carriers", "project", "cdmo", "现场踏勘中科智慧产研城。"),
    ("zj-visit", "project", "zheshang-park", None),
    ("zj-visit", "lead", "shaoxing-textile", None),
]
ACTIVITY_DATE = {a["key"]: a.get("end", a["start"]) for a in ACTIVITIES}
for activity, kind, key, note in ACTIVITY_LINKS:
    fields = [("activity", Ref("activity", activity)), (kind, Ref(kind, key))]
    if note:
        fields.append(("note", note))
    add("activity-link", f"{activity}-{kind}-{key}", fields, updated=ACTIVITY_DATE[activity])

for key, i, from_stage, to_stage, date, note in STAGE_EVENTS:
    fields = [("project", Ref("project", key)), ("from-stage", from_stage), ("to-stage", to_stage),
              ("date", date)]
    if note:
        fields.append(("note", note))
    add("stage-event", f"{key}-{i}", fields, updated=date)

for i, (key, description, measure, state, person, due, resolved) in enumerate(OBSTACLES):
    assert key in PROJECT_KEYS, key
    fields = [("project", Ref("project", key)), ("description", description), ("measure", measure),
              ("state", state), ("person", Ref("person", person)), ("due-date", due)]
    if resolved:
        fields.append(("resolved-date", resolved))
    add("obstacle", f"{key}-{i}", fields, updated=resolved or min(due, REFERENCE))

for i, (key, date, author, text) in enumerate(UPDATES):
    assert key in PROJECT_KEYS, key
    add("update", f"{key}-{i}", [("project", Ref("project", key)), ("date", date),
                                  ("author", NAME_OF[author]), ("text", text)], updated=date)

# ---- funds in place (资金到位记录) ---------------------------------------------------------------
# The articles give a project's funds in place as one total; the demo
# spreads it over instalments from signing to the reference day, so that
# the month on show and the year to date differ. The last instalments fall
# on the reference day itself, which the importer moves to today: in the
# current month whatever day the demo is loaded. Totals stay.

def funds_instalments(index, p):
    total = p["funds"]
    started = [d for s, d, _ in p["history"] if s in ("signed", "registered", "started", "production")]
    first = started[0] if started else p["history"][-1][1]
    span = days_between(first, REFERENCE)
    if total < 2000 or span < 45:
        return [(first, total, "首笔资金到位。")]
    half = total // 2 // 100 * 100
    middle = day(first, span // 2)
    if index % 2:
        return [(first, half, "首笔资金到位。"), (middle, total - half, "第二笔资金到位。")]
    second = total * 3 // 10 // 100 * 100
    return [(first, half, "首笔资金到位。"), (middle, second, "第二笔资金到位。"),
            (REFERENCE, total - half - second, "本月资金到位。")]


for i, p in enumerate(x for x in P if x["funds"] > 0):
    instalments = funds_instalments(i, p)
    assert sum(a for _, a, _ in instalments) == p["funds"], p["key"]
    for n, (date, amount, note) in enumerate(instalments):
        assert date <= REFERENCE and amount > 0, p["key"]
        add("funds-entry", f"{p['key']}-{n}", [("project", Ref("project", p["key"])), ("date", date),
                                               ("amount", amount), ("note", note)], updated=date)

# ---- unmet space needs (载体需求缺口) ------------------------------------------------------------
# key, project, m² needed, recorded on, largest available then, met on, placed in, notes

SPACE_NEEDS = [
    ("desalination", "desalination", 1000000, "2024-09-10", 96000, None, None,
     "海水淡化项目需整片工业用地约1500亩，现有园区均无法满足，需申请新增建设用地指标。"),
    ("yicheng", "yicheng", 40000, "2024-04-25", 38000, "2024-05-22", "sanli",
     "三立建材厂房解押后可用面积增至6.1万㎡，项目落位。"),
]
for key, project_key, area, recorded, largest, met, carrier, notes in SPACE_NEEDS:
    assert project_key in PROJECT_KEYS, project_key
    fields = [("project", Ref("project", project_key)), ("area", area), ("date", recorded),
              ("largest-available", largest)]
    if met:
        fields += [("met-date", met), ("carrier", Ref("carrier", carrier))]
    fields.append(("notes", notes))
    add("space-need", key, fields, updated=met or recorded)


# ---- 批示 and 督办 ------------------------------------------------------------------------------
# A leader's instructions, and the 督办 items the bureau runs on key projects,
# a lead and a carrier, each with the unit that must act and its replies:
# open and not yet due, closed on time, closed late and overdue, all around
# the reference date so that the month on show counts them.
# key, owner kind, owner key, author, date, text

INSTRUCTIONS = [
    ("wansheng", "project", "wansheng", "市投资合作促进局局长", day(REFERENCE, -12),
     "万盛项目是全市化工产业链延链补链的重点项目，滨海区要专班推进，确保年底前主体完工。"),
    ("desalination", "project", "desalination", "市政府副市长", day(REFERENCE, -9),
     "海水淡化项目用地指标请自然资源部门会同滨海区专题研究，月底前拿出方案。"),
    ("shanghai-chip", "lead", "shanghai-chip", "市投资合作促进局局长", day(REFERENCE, -6),
     "半导体封测线索质量较高，高新区要尽快对接，争取企业月内来潍考察。"),
]
for key, kind, owner, author, date, text in INSTRUCTIONS:
    add("instruction", key, [(kind, Ref(kind, owner)), ("text", text), ("author", author), ("date", date)],
        updated=date)

# key, owner kind, owner key, task, unit, person, deadline, closed on (None: open)
SUPERVISIONS = [
    ("wansheng-power", "project", "wansheng", "协调电力增容，保障二期设备调试用电", "binhai", "wu_hy",
     day(REFERENCE, 10), None),
    ("desalination-land", "project", "desalination", "报送新增建设用地指标申请材料", "binhai", "wu_hy",
     day(REFERENCE, -6), None),
    ("furniture-permit", "project", "furniture", "办结施工许可，推动项目月内开工", "econzone", "sun_q",
     day(REFERENCE, 3), REFERENCE),
    ("huiyuan-contract", "project", "huiyuan", "敲定补充协议条款，提交签约审查", "anqiu", "chu_wb",
     day(REFERENCE, -4), REFERENCE),
    ("chip-visit", "lead", "shanghai-chip", "对接企业负责人，安排来潍考察", "hitech", "zhou_p",
     day(REFERENCE, -2), None),
    ("sanli-release", "carrier", "sanli", "督促三立建材完成厂房解押手续", "econzone", "sun_q",
     day(REFERENCE, 2), REFERENCE),
]
for key, kind, owner, task, unit, person, deadline, closed in SUPERVISIONS:
    fields = [(kind, Ref(kind, owner)), ("task", task), ("unit", unit_ref(unit)),
              ("person", Ref("person", person)), ("deadline", deadline)]
    if closed:
        fields += [("state", "closed"), ("closed-date", closed)]
    add("supervision", key, fields, updated=closed or day(REFERENCE, -1))

# supervision key, n, author, date, text
SUPERVISION_REPLIES = [
    ("wansheng-power", 0, "wu_hy", day(REFERENCE, -3), "已与供电公司对接，增容方案已报审，预计下周批复。"),
    ("desalination-land", 0, "wu_hy", day(REFERENCE, -8), "正在整理用地预审材料，需市自然资源局协调指标来源。"),
    ("furniture-permit", 0, "sun_q", day(REFERENCE, -2), "施工图审查已通过，许可材料已提交。"),
    ("furniture-permit", 1, "sun_q", REFERENCE, "施工许可证已核发，项目本周开工。"),
    ("huiyuan-contract", 0, "chu_wb", REFERENCE, "补充协议已经双方确认，提交签约审查。"),
    ("chip-visit", 0, "zhou_p", day(REFERENCE, -4), "已电话联系企业，对方考察时间待定。"),
    ("sanli-release", 0, "sun_q", REFERENCE, "解押手续已办结，厂房可整体招商。"),
]
for key, n, author, date, text in SUPERVISION_REPLIES:
    add("supervision-reply", f"{key}-{n}", [("supervision", Ref("supervision", key)), ("text", text),
                                             ("author", NAME_OF[author]), ("date", date)], updated=date)


# ---- checks: the facts the articles give and the rules the importer applies ----------------

def check():
    by_key = {p["key"]: p for p in P}
    stage = {p["key"]: p["history"][-1][0] for p in P}

    econzone_signed = [p for p in P if p["unit"] == "econzone" and stage[p["key"]] == "signed"]
    assert len(econzone_signed) == 9, len(econzone_signed)
    assert sum(p["planned"] for p in econzone_signed) == 340000
    for name in ("中南高科·鸢都汇智产业园三期", "亿程机械项目", "科医联创精准医学转化研究中心"):
        assert name in {p["name"] for p in econzone_signed}, name
    # Only those nine were ever signed in the zone, so an events count agrees.
    assert sum(1 for k, _, _, s, _, _ in STAGE_EVENTS
               if s == "signed" and by_key[k]["unit"] == "econzone") == 9

    areas = {}
    for c in CARRIERS:
        areas[c[2]] = areas.get(c[2], 0) + c[3]
    assert areas == {"park": 544000, "idle-factory": 152000, "building": 68000}, areas

    assert {s for s in stage.values()} == set(STAGES)
    assert {p["grade"] for p in P} == {"green", "yellow", "orange", "red"}
    assert {p[2] for p in PARTNERS} == {"city-partner", "chief-representative", "liaison-office",
                                       "chamber", "notable-native", "enterprise-contact"}
    # 徐熙明等5名企业家 chief representatives, 澳门山东社团总会等5家机构 liaison offices.
    assert sum(1 for p in PARTNERS if p[7] == "2024-02-19" and p[2] == "chief-representative") == 5
    assert sum(1 for p in PARTNERS if p[7] == "2024-02-19" and p[2] == "liaison-office") == 5
    assert sum(1 for l in ACTIVITY_LINKS if l[0] == "trip" and l[1] == "project") == 3

    for p in P:
        signing = [d for s, d, _ in p["history"] if s == "signed"]
        start = [d for s, d, _ in p["history"] if s == "started"]
        prod = [d for s, d, _ in p["history"] if s == "production"]
        assert (signing or [""])[0] <= (start or ["9"])[0] <= (prod or ["9"])[0], p["key"]
        if p["funds"] > p["planned"]:
            assert p["key"] == "central-kitchen", p["key"]
        if p["grade"] in ("orange", "red") and stage[p["key"]] != "terminated":
            assert any(o[0] == p["key"] and o[3] == "open" for o in OBSTACLES), p["key"]

    for lead in LEADS:
        key, status = lead[0], lead[7]
        projects = [p for p in P if p["lead"] == key]
        assert (status == "converted") == bool(projects), key
        for p in projects:
            assert p["history"][0][1] >= lead[4], key
            assert p["partner"] == lead[3], key
    overdue = [l for l in LEADS if l[7] == "new" and (
        (l[11] is None and day(l[4], 1) < REFERENCE) or (l[12] is None and day(l[4], 3) < REFERENCE))]
    assert 2 <= len(overdue) <= 3, len(overdue)

    last_partner_contact = {}
    for partner, _, date, *_ in CONTACTS:
        if partner:
            last_partner_contact[partner] = max(last_partner_contact.get(partner, ""), date)
    assert set(last_partner_contact) == {p[0] for p in PARTNERS}
    quiet = [k for k, d in last_partner_contact.items() if days_between(d, REFERENCE) >= 90]
    assert 2 <= len(quiet) <= 3, quiet

    stale = [c for c in CARRIERS if days_between(c[10], REFERENCE) > 31]
    assert 1 <= len(stale) <= 2, stale

    for element, key, updated, fields, _ in RECORDS:
        for field, value in fields:
            if isinstance(value, str) and len(value) == 10 and value[4] == "-" and field not in (
                    "due-date", "follow-up-date", "respond-due", "assess-due", "feedback-due", "deadline"):
                assert value <= REFERENCE, (element, key, field, value)
        assert updated <= REFERENCE, (element, key)


check()

# ---- output ----------------------------------------------------------------------------------


def record_uuid(kind, key):
    if kind == "unit" and key in DEFAULT_UNITS:
        return DEFAULT_UNITS[key]
    if kind == "chain":
        return CHAINS[key][0]
    assert (kind, key) in KEYS, (kind, key)
    return uid(kind, key)


def text(value):
    if isinstance(value, Ref):
        return record_uuid(value.kind, value.key)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def main():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Generated by build-aux/make-demo.py: the demo data set. Do not edit by hand. -->",
           f'<exchange xmlns="{EXCHANGE_NS}" format-version="1" application-version="demo" '
           f'office={quoteattr(OFFICE)} reference-date="{REFERENCE}">']
    written = set()
    for element in TYPES:
        for kind, key, updated, fields, uuid_ in RECORDS:
            if kind != element:
                continue
            for _, value in fields:
                if isinstance(value, Ref) and not (value.kind == "unit" and value.key in DEFAULT_UNITS) \
                        and value.kind != "chain":
                    assert (value.kind, value.key) in written, (kind, key, value.kind, value.key)
            this_uuid = uuid_ or uid(kind, key)
            out.append(f'  <{kind} uuid="{this_uuid}" updated="{updated}T08:00:00Z">')
            for field, value in fields:
                out.append(f"    <{field}>{escape(text(value))}</{field}>")
            out.append(f"  </{kind}>")
            written.add((kind, key))
    out.append("</exchange>")
    sys.stdout.write("\n".join(out) + "\n")

    counts = {}
    for kind, *_ in RECORDS:
        counts[kind] = counts.get(kind, 0) + 1
    print("make-demo.py: " + ", ".join(f"{counts[t]} {t}" for t in TYPES if t in counts),
          file=sys.stderr)


if __name__ == "__main__":
    main()
