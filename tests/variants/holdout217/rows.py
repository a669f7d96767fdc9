"""Rows as copy-paste leaves them: template rows left empty or numbered, rates given as counts
beside names with 率 that are not rates, an indicator pasted twice, a flat list, money blocks
with 测算依据 (ps12–ps17)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout217.common import (
    ONE,
    blank_rows,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout217.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ps12-template-rows-left", (6, 13), "one-year project, NAT-2021, one value column and "
         "a 备注 column: a value without a name, the template's 社会成本指标 row left empty, blank "
         "template rows below")  # fmt: skip
def ps12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 22))
    project_head(
        s, year=2026, name="中小学校园安全视频监控升级项目", dept="青岚市教育局（403）",
        unit="青岚市教育装备中心",
        money=one_year_money(wan(245), wan(245), wan(0)),
        goals=["2026年为全市46所中小学校升级校园视频监控系统，新增高清摄像头920个，系统验收合格"
               "率达到100%，校园安全事件处置响应时间缩短至5分钟以内。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "升级视频监控系统学校数", "≥46所", None),
        (None, None, "新增高清摄像头数量", "≥920个", "含室外球机"),
        (None, "质量指标", "系统验收合格率", "100%", None),
        (None, None, mk(None, "F110", "error", note="a value whose name was left out"), "≥99%",
         None),
        (None, "时效指标", "系统升级完成时间", "2026年8月20日前", "暑期施工"),
        ("成本指标", "经济成本指标", "单个摄像头采购安装成本", "≤0.22万元/个", None),
        (None, mk("社会成本指标", "F109", "warning", row=True), None, None, None),
        ("效益指标", "社会效益指标", "校园安全事件处置响应时间", "≤5分钟", None),
        (None, "可持续影响指标", "校园安全技防运维机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", None),
    ])  # fmt: skip
    blank_rows(s, 3, (None, None, "@", "0%", None))
    sign(s, "方嘉怡", "蒋卫民", "0731-85403372")
    return b


@variant("ps13-numbered-blank-rows", (6, 13), "one-year project, NAT-2021, a 序号 column: numbered "
         "template rows left blank at the end, a 功率 and a 频率 with counts "
         "(correct)")  # fmt: skip
def ps13() -> Book:
    b, s = book("Sheet1", (6, 14, 16, 30, 18, 20))
    s.title("2026年度项目支出绩效目标申报表", 6)
    s.row("项目名称", "公共机构屋顶分布式光伏建设项目", None, None, "实施单位",
          "临溪县公共机构节能中心")  # fmt: skip
    s.row("主管部门", "临溪县机关事务管理局（226）", None, None, "项目属性", "新增项目")
    s.row("项目资金（万元）", "年度资金总额", wan(336), "其中：财政拨款", wan(300), None)
    s.row(None, None, None, "其他资金", wan(36), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("计划开始日期", day(2026, 1, 1, CN_DATE), None, "计划完成日期",
          day(2026, 12, 31, CN_DATE))  # fmt: skip
    s.row("年度绩效目标", "2026年在12家公共机构屋顶建设分布式光伏电站，装机功率800千瓦以上，年内"
          "并网发电，并网后年发电量约88万千瓦时。", merge=[(2, 6)])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建设屋顶光伏公共机构数", "≥12家"),
        (None, None, "光伏组件装机功率", "≥800千瓦"),
        (None, "质量指标", "并网验收一次通过率", "≥95%"),
        (None, "时效指标", "项目并网发电时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单位千瓦建设成本", "≤0.4万元/千瓦"),
        ("效益指标", "经济效益指标", "并网后年均节约公共机构电费", "≥45万元"),
        (None, "生态效益指标", "年减少二氧化碳排放量", "≥700吨"),
        (None, "可持续影响指标", "光伏设施运维巡检频率", "≥2次/月"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("序号", *ONE, "备注"),
               [(i, *r, None) for i, r in enumerate(rows, start=1)], merged=(2, 3))  # fmt: skip
    for i in range(len(rows) + 1, len(rows) + 4):
        s.row(i)
    sign(s, "柏晓彤", "尹志刚", "0596-83226409")
    return b


@variant("ps14-rate-count-conflicting-duplicate", (9,), "one-year project, OLD-NAT, one value "
         "column, a 资金测算明细 block: a 完成率 given as 6场, an indicator pasted twice with "
         "another value, an amount pasted twice")  # fmt: skip
def ps14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村电商服务站点提升项目", dept="临溪县商务局（231）",
        unit="临溪县电子商务服务中心",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年提升改造村级电商服务站点60个，开展电商技能培训800人次、电商政策宣讲活动6场，"
               "农产品网络零售额同比增长10%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "提升改造村级电商服务站点", "≥60个"),
        (None, None, mk("电商技能培训人次", "D102", "error", row=True, required=False), "≥800人次"),
        (None, None, "电商政策宣讲活动计划完成率",
         mk("6场", "T105", "error", note="a 完成率 given as a count")),
        (None, None, mk("电商技能培训人次", "D102", "error", row=True, alt=("D103", "D104"),
                        note="pasted again with 600 (the goal and the money say 800)"),
         "≥600人次"),
        (None, "质量指标", "服务站点改造验收合格率", "≥95%"),
        (None, "时效指标", "站点改造完成时间", "2026年10月31日前"),
        (None, "成本指标", "单个站点改造补助标准", "≤1.5万元/个"),
        ("效益指标", "经济效益指标", "农产品网络零售额同比增长率", "≥10%"),
        (None, "社会效益指标", "农村居民网购网销便利程度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "站点经营户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细（万元）", merge=[(1, 6)])
    s.row("支出内容", "金额", "测算依据", None, None, None, merge=[(3, 6)])
    s.row("站点提升改造补助", wan(90), "60个×1.5万元/个", merge=[(3, 6)])
    s.row("电商技能培训",
          mk("40万40万（含场地、师资）", "X106", "error", alt=("B108",)),
          "800人次×500元/人次", merge=[(3, 6)])  # fmt: skip
    s.row("电商政策宣讲活动", wan(12), "6场×2万元/场", merge=[(3, 6)])
    s.row("运营监测平台服务费", wan(8), "按服务合同", merge=[(3, 6)])
    s.row("合计", wan(150), None, merge=[(3, 6)])
    sign(s, "戴诗琪", "汤宏亮", "0596-83231276")
    return b


@variant("ps15-flat-list-lookalike-names", (3, 4), "department, flat list (序号 · 指标名称 · "
         "指标值 · 计量单位 · 指标性质 as direction · 权重): 春季 and 秋冬季 areas, rates in ‰, a "
         "频率 with a count, weights adding to 100 (correct)")  # fmt: skip
def ps15() -> Book:
    b, s = book("Sheet1", (8, 26, 16, 12, 12, 10))
    department_head(
        s, year=2026, dept="青岚市林业局",
        budget=[(wan(3420), wan(3300), wan(120), wan(2150), wan(1270))],
        goal="1.全年完成植树造林1.3万亩，其中春季0.8万亩、秋冬季0.5万亩；2.森林覆盖率达到62.5%"
             "以上；3.森林火灾受害率控制在0.9‰以内；4.林区群众满意度达到90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "指标值", "计量单位", "指标性质", "权重")
    for i, r in enumerate([
        ("春季植树造林面积", "≥0.8", "万亩", "正向", 15),
        ("秋冬季植树造林面积", "≥0.5", "万亩", "正向", 10),
        ("造林苗木成活率", "≥85", "%", "正向", 10),
        ("森林覆盖率", "≥62.5", "%", "正向", 10),
        ("森林火灾受害率", "≤0.9", "‰", "反向", 10),
        ("林业有害生物成灾率", "≤2.8", "‰", "反向", 10),
        ("林长制巡林频率", "≥4", "次/月", "正向", 10),
        ("古树名木挂牌保护数", "≥1260", "株", "正向", 10),
        ("每亩造林补助标准", "≤800", "元/亩", "反向", 5),
        ("林区群众满意度", "≥90", "%", "正向", 10),
    ], start=1):  # fmt: skip
        s.row(i, *r)
    note(s, "注：指标性质中“正向”指数值越大越好，“反向”指数值越小越好；权重合计100分。")
    sign(s, "钟若兰", "岑海峰", "0731-85620317", day(2025, 12, 2, CN_DATE))
    return b


@variant("ps16-money-block-dates", (1, 12), "one-year project, NAT-2021, one value column, a "
         "测算依据 block (数量 × 单价 = 金额): a deadline in the next year, a completion time "
         "typed as 100%, lines that do not add up to their 合计")  # fmt: skip
def ps16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村公路安全生命防护工程", dept="白沙河区交通运输局（309）",
        unit="白沙河区公路事业发展中心", attr="一次性项目",
        money=one_year_money(wan(420), wan(400), wan(20)),
        goals=["2026年完成农村公路安全生命防护工程85公里，安装波形护栏62公里、警示标志标牌"
               "1300块，工程交工验收合格率达到100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "实施安全生命防护工程里程", "≥85公里"),
        (None, None, "安装波形护栏长度", "≥62公里"),
        (None, None, "设置警示标志标牌", "≥1300块"),
        (None, "质量指标", "工程交工验收合格率", pct(1)),
        (None, "时效指标", "工程开工时间", "2026年4月30日前"),
        (None, None, "工程交工验收时间",
         mk("2027年3月31日前", "Y102", "error", note="a one-year 2026 project")),
        (None, None, "护栏安装完成时间", mk(pct(1), "T113", "warning", note="a time as 100%")),
        ("成本指标", "经济成本指标", "每公里波形护栏综合造价", "≤5万元/公里"),
        ("效益指标", "社会效益指标", "农村公路交通事故死亡人数下降率", "≥10%"),
        (None, "可持续影响指标", "安防设施设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金测算明细", merge=[(1, 6)])
    s.row("支出项目", "数量", "单价（万元）", "金额（万元）", "测算依据", None, merge=[(5, 6)])
    s.row("波形护栏", "62公里", 5, wan(310), "按2026年市场询价", merge=[(5, 6)])
    s.row("警示标志标牌", "1300块", 0.05, wan(65), "按同类工程中标价", merge=[(5, 6)])
    s.row("减速带及道路标线", "23公里", 1.5, wan(34.5), "按定额测算", merge=[(5, 6)])
    s.row("工程监理及检测", None, None, wan(22), "按合同价", merge=[(5, 6)])
    s.row("合计", None, None,
          mk(wan(420), "B102", "error", row=True, note="310+65+34.5+22 = 431.5"),
          merge=[(5, 6)])  # fmt: skip
    sign(s, "彭雨桐", "黎国强", "0596-83309185")
    return b


@variant("ps17-old-nat-numbered-money-basis", (5, 12), "one-year project, OLD-NAT, numbered tier "
         "labels (一、产出指标, 1.数量指标), 成本指标 under 产出, 农村 and 城区 counts of one "
         "kind, a 测算依据 block that adds up (correct)")  # fmt: skip
def ps17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城乡公益电影放映和农家书屋更新项目",
        dept="临溪县文化广电和旅游局（233）", unit="临溪县文化馆",
        money=one_year_money(wan(88.6), wan(80), wan(8.6)),
        goals=["2026年在全县186个行政村放映农村公益电影2232场、在城区放映公益电影96场，为186个"
               "农家书屋更新图书3.72万册，农村群众满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "农村公益电影放映场次", "≥2232场"),
        (None, None, "城区公益电影放映场次", "≥96场"),
        (None, None, "农家书屋更新图书册数", "≥3.72万册"),
        (None, "2.质量指标", "放映设备完好率", "≥95%"),
        (None, None, "更新图书内容合规率", pct(1)),
        (None, "3.时效指标", "图书配送完成时间", "2026年9月30日前"),
        (None, "4.成本指标", "每场公益电影放映补助标准", "≤200元/场"),
        (None, None, "每册图书平均采购价格", "≤10元/册"),
        ("二、效益指标", "1.社会效益指标", "农家书屋借阅人次增长率", "≥5%"),
        (None, "2.可持续影响指标", "农村公共文化服务长效机制", "健全"),
        ("三、满意度指标", "1.服务对象满意度指标", "农村群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("支出内容", "金额（万元）", "测算依据", None, None, None, merge=[(3, 6)])
    s.row("公益电影放映补助", wan(46.56), "（2232+96）场×200元/场", merge=[(3, 6)])
    s.row("农家书屋图书更新", wan(37.2), "37200册×10元/册", merge=[(3, 6)])
    s.row("放映设备维护", wan(4.84), "按设备维护合同", merge=[(3, 6)])
    s.row("合计", wan(88.6), None, merge=[(3, 6)])
    sign(s, "温馨予", "贾长青", "0596-83233617")
    return b
