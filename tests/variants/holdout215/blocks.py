"""One-year projects whose money is worked out in the table (pq07–pq12): 测算依据 products,
数量 × 单价 columns, 资金来源 blocks with shares, amounts in 万元 or in 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout215.common import (
    ONE,
    book,
    calc,
    indicators,
    note,
    one_year_money,
    priced,
    sign,
    sources,
    wan,
    yuan,
)
from tests.variants.holdout215.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("pq07-sports-kit-calc", (1, 12), "one-year project, NAT-2021, a 测算依据 block of "
         "products adding up to the total, unit costs equal to the prices worked out, 100% and "
         "95% typed as Excel stores them (correct)")  # fmt: skip
def pq07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, attr="一次性项目", name="中小学体育器材配备项目", dept="澄河县教育局（301）",
        unit="澄河县教育技术装备站", money=one_year_money(wan(133.2), wan(120), wan(13.2)),
        goals=["2026年为全县60所中小学补充体育教学器材，更新篮球架24副，配建室外健身路径器材12套，"
               "秋季开学前安装到位。"],
    )  # fmt: skip
    calc(s, "项目资金测算明细", [
        ("篮球架更新", "24副×1.8万元/副", wan(43.2)),
        ("室外健身路径器材", "12套×3.5万元/套", wan(42)),
        ("体育教学器材补充", "60所×0.8万元/所", wan(48), "按学校规模统筹"),
        ("合计", None, wan(133.2)),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新篮球架", "≥24副"),
        (None, None, "配建室外健身路径器材", "≥12套"),
        (None, None, "补充体育教学器材学校数", "≥60所"),
        (None, "质量指标", "器材验收合格率", pct(1)),
        (None, None, "器材配备达标学校比例", pct(0.95)),
        (None, "时效指标", "器材安装完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "篮球架采购单价", "≤1.8万元/副"),
        (None, None, "单校教学器材补充成本", "≤0.8万元/所"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥2.6万人"),
        (None, "可持续影响指标", "体育器材管理使用制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "杜若溪", "尹继伟", "0913-6652310")
    return b


@variant("pq08-village-books-lost-decimal", (9, 12), "one-year project, a 数量 × 单价 "
         "block in 万元 with one line written in 元, plan dates copied from last year's "
         "table")  # fmt: skip
def pq08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农家书屋出版物补充更新项目", dept="新垣县委宣传部（102）",
        unit="新垣县农家书屋管理办公室",
        start=mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="2025 dates in a 2026 table"),
        end=day(2025, 12, 31),
        money=one_year_money(wan(128.6), wan(120), wan(8.6)),
        goals=["2026年为全县173个农家书屋补充图书3万册、期刊1200份、音像制品2000张，更新书架，"
               "提升书屋借阅服务水平。"],
    )  # fmt: skip
    priced(s, "出版物及设施购置测算", ("品类", "数量", "计量单位", "单价（元）", "金额（万元）",
                                       "备注"), [
        ("图书", 30000, "册", 32, 96, "按出版物目录选配"),
        ("期刊", 1200, "份", 52,
         mk(62400, "B110", "error", alt=("B102",), note="6.24万元 written in 元"), "全年订阅"),
        ("音像制品", 2000, "张", 28, 5.6, None),
        ("书架更新", 173, "个", 1200, 20.76, "每个书屋1个"),
        ("合计", None, None, None, mk(128.6, "B102", "error", required=False), None),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配送图书", "≥30000册"),
        (None, None, "配送期刊", "≥1200份"),
        (None, None, "配送音像制品", "≥2000张"),
        (None, None, "更新书架的农家书屋", "≥173个"),
        (None, "质量指标", "出版物选配符合推荐目录比例", "≥95%"),
        (None, "时效指标", "出版物配送完成时间",
         ok("2026年10月31日前", "error", note="beside the 2025 plan dates")),
        ("成本指标", "经济成本指标", "图书平均采购单价", "≤32元/册"),
        ("效益指标", "社会效益指标", "农家书屋借阅人次", "≥8万人次"),
        (None, "可持续影响指标", "书屋常态化开放机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "农民群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴思远", "杨春梅", "0877-5126648")
    return b


@variant("pq09-heritage-sources-shares", (1, 12), "one-year project, a 资金来源 block with "
         "rounded shares (33.3% + 33.3% + 33.4%), a 测算依据 block, last year's budget spent in "
         "full, a subsidy standard written with = (correct)")  # fmt: skip
def pq09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="非物质文化遗产代表性传承人补助及保护项目",
        dept="棠溪市文化广电旅游局（215）", unit="棠溪市非物质文化遗产保护中心",
        money=[*one_year_money(wan(150), wan(150), wan(0)),
               ("上年预算数", wan(140), "上年执行数", wan(140))],
        goals=["2026年按标准发放各级代表性传承人补助，扶持12个非遗代表性项目保护，开展传承展演"
               "活动16场，传承人带徒授艺不少于120人。"],
    )  # fmt: skip
    sources(s, "资金来源", [
        ("中央补助资金", wan(50), pct(0.333, "0.0%"), "非遗保护专项"),
        ("省级补助资金", wan(50), pct(0.333, "0.0%"), None),
        ("市级财政资金", wan(50), pct(0.334, "0.0%"), "含传承人补助配套"),
        ("合计", wan(150), pct(1, "0.0%"), None),
    ])  # fmt: skip
    calc(s, "支出测算", [
        ("国家级传承人补助", "6人×2万元/人", wan(12)),
        ("省级传承人补助", "18人×1万元/人", wan(18)),
        ("市级传承人补助", "40人×0.3万元/人", wan(12)),
        ("非遗项目保护经费", "12项×5万元/项", wan(60)),
        ("传承展演活动", "16场×3万元/场", wan(48)),
        ("合计", None, wan(150)),
    ])  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "补助各级代表性传承人", "≥64人", "计划标准"),
        (None, None, "扶持非遗代表性项目", "≥12项", "计划标准"),
        (None, None, "开展传承展演活动", "≥16场", "计划标准"),
        (None, "质量指标", "补助资金足额发放率", "=100%", "行业标准"),
        (None, "时效指标", "补助资金发放时间", "2026年6月30日前", "计划标准"),
        ("成本指标", "经济成本指标", "省级传承人补助标准", "=1万元/人", "省定标准"),
        (None, None, "单场展演活动成本", "≤3万元/场", "历史标准"),
        ("效益指标", "社会效益指标", "传承人带徒授艺人数", "≥120人", "计划标准"),
        (None, "可持续影响指标", "非遗项目存续状态", "良好", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    sign(s, "骆清和", "甘露", "0763-3381209")
    return b


@variant("pq10-dormitory-lines-over", (12,), "one-year project, a 测算依据 block whose "
         "lines exceed its 合计, a per-student cost cap that times the students passes the "
         "money")  # fmt: skip
def pq10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="寄宿制学校宿舍改造项目", dept="瑶川县教育局（307）",
        unit="瑶川县教育局基建股", money=one_year_money(wan(1200), wan(1050), wan(150)),
        goals=["2026年暑期完成全县14所寄宿制学校宿舍楼改造，改造卫浴间520间，更换学生床具"
               "3000套，改善3200名寄宿学生住宿条件。"],
    )  # fmt: skip
    calc(s, "资金测算依据", [
        ("宿舍楼改造", "16000平方米×500元/平方米", wan(800)),
        ("卫浴设施改造", "520间×5000元/间", wan(260)),
        ("学生床具更换", "3000套×500元/套", wan(150), "含床垫"),
        ("合计", None, mk(wan(1200), "B102", "error", row=True,
                          note="800 + 260 + 150 = 1210")),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造宿舍面积", "≥16000平方米"),
        (None, None, "改造卫浴间", "≥520间"),
        (None, None, "更换学生床具", "≥3000套"),
        (None, None, "受益寄宿学生", "≥3200人"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年8月25日前"),
        ("成本指标", "经济成本指标", "生均宿舍改造成本",
         mk("≤4500元/人", "B107", "warning", row=True,
            note="4500元 × 3200人 = 1440万元 > 1200万元")),
        ("效益指标", "社会效益指标", "寄宿生人均居住面积", "≥5平方米"),
        (None, "可持续影响指标", "宿舍安全管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "寄宿学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙启航", "麻秀英", "0743-8215576")
    return b


@variant("pq11-culture-hall-yuan-priced", (1, 12), "one-year project with money in 元 (unit in "
         "the number format), a 数量 × 单价 block in 元 adding up, a 计量单位 column with the "
         "operator inline (correct)")  # fmt: skip
def pq11() -> Book:
    b, s = book("Sheet1", (16, 14, 28, 16, 18, 16))
    project_head(
        s, year=2026, attr="一次性项目", name="文化馆演艺设备购置项目",
        dept="梅岭区文化体育和旅游局（233）",
        unit="梅岭区文化馆", money_label="项目资金（元）",
        money=one_year_money(yuan(1286500), yuan(1200000), yuan(86500)),
        goals=["2026年为区文化馆剧场购置舞台灯光、音响系统和LED显示屏，改装流动舞台车1辆，全年"
               "开展公益演出不少于80场。"],
    )  # fmt: skip
    priced(s, "设备购置测算（元）", ("设备名称", "数量", "计量单位", "单价（元）", "金额（元）",
                                     "备注"), [
        ("舞台灯光系统", 1, "套", yuan(486000), yuan(486000), "含安装调试"),
        ("专业音响系统", 1, "套", yuan(375000), yuan(375000), None),
        ("LED显示屏", 48, "平方米", yuan(5500), yuan(264000), "P2.5室内屏"),
        ("流动舞台车改装", 1, "辆", yuan(161500), yuan(161500), None),
        ("合计", None, None, None, yuan(1286500), None),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "购置舞台灯光音响系统", "≥2", "套", None),
        (None, None, "安装LED显示屏面积", "≥48", "平方米", None),
        (None, None, "开展公益演出场次", "≥80", "场", "含送戏下乡"),
        (None, "质量指标", "设备验收合格率", pct(1), "%", None),
        (None, "时效指标", "设备安装调试完成时间", "2026年9月30日前", None, None),
        ("成本指标", "经济成本指标", "LED显示屏单位面积采购成本", "≤5500", "元/平方米", None),
        ("效益指标", "社会效益指标", "惠及观众人次", "≥6", "万人次", None),
        (None, "可持续影响指标", "设备使用年限", "≥8", "年", None),
        ("满意度指标", "服务对象满意度指标", "群众观演满意度", "≥92", "%", None),
    ])  # fmt: skip
    sign(s, "周慕白", "黄绮", "0591-8720436")
    return b


@variant("pq12-rural-teachers-shares", (9, 12), "one-year project, a 资金来源 block with "
         "a share that is not its amount's, a unit cost rounded to 0 万元, a date the calendar "
         "lacks")  # fmt: skip
def pq12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="乡村教师生活补助项目", dept="柘岭县教育体育局（311）",
        unit="柘岭县教育体育局人事股", money=one_year_money(wan(1200), wan(1200), wan(0)),
        goals=["2026年按学校艰苦边远程度分类发放乡村教师生活补助，惠及1400名乡村教师，补助按月"
               "足额发放。"],
    )  # fmt: skip
    sources(s, "资金来源", [
        ("中央财政补助", wan(540), pct(0.45), "综合奖补"),
        ("省级财政补助", wan(360),
         mk(pct(0.36), "B111", "error", alt=("B101",), note="360 / 1200 = 30%"), None),
        ("县级财政配套", wan(300), pct(0.25), None),
        ("合计", wan(1200), mk(pct(1), "B101", "error", required=False, alt=("B111",)), None),
    ])  # fmt: skip
    calc(s, "补助测算", [
        ("一类学校教师", "600人×500元/人·月×12月", wan(360)),
        ("二类学校教师", "500人×800元/人·月×12月", wan(480)),
        ("三类学校教师", "300人×1000元/人·月×12月", wan(360), "含教学点"),
        ("合计", None, wan(1200)),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "享受生活补助乡村教师人数", "≥1400人"),
        (None, "质量指标", "补助发放准确率", "=100%"),
        (None, "时效指标", "首批补助资金拨付时间",
         mk("2026年4月31日前", "Y106", "error", note="April has 30 days")),
        ("成本指标", "经济成本指标", "人均月补助标准",
         mk("≤0万元/人·月", "T115", "error", alt=("T116",), note="0.05–0.1万元 rounded away")),
        ("效益指标", "社会效益指标", "乡村教师年流失率", "≤3%"),
        (None, "可持续影响指标", "乡村教师队伍稳定性", "持续增强"),
        ("满意度指标", "服务对象满意度指标", "乡村教师满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：补助标准按学校艰苦边远程度分为三类，一类500元、二类800元、三类1000元/人·月。")
    sign(s, "任家豪", "敖丽君", "0855-3962107")
    return b
