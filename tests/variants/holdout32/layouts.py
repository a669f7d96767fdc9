"""Returns in the layouts city-management offices send: a table starting in column C, notes and
signature lines, two projects stacked, a two-line header, pasted PDF text, a repeated header."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout32.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant("ip06-refuse-transfer-ok", (4, 7), "project, OLD-NAT, table from column C, notes")
def ip06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 3, 14, 16, 30, 16, 12, 14))
    c = 3
    s.row("2025年度项目支出绩效目标申报表", col=c)
    s.ws.merge_cells(start_row=1, start_column=c, end_row=1, end_column=c + 5)
    s.row("项目名称", "城区生活垃圾收集清运", None, "主管部门", "云阶县城市管理局", col=c)
    s.row("实施单位", "云阶县环境卫生管理所", None, "项目属性", "延续项目", col=c)
    s.row("项目期", "1年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2025, 12, 31),
          col=c)  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(1100, WAN), "其中：财政拨款", money(1100, WAN),
          col=c)  # fmt: skip
    s.row("年度绩效目标", "城区生活垃圾日产日清，日均清运350吨，无害化处理率100%。", col=c)
    s.skip()
    s.row(*HEAD6, col=c)
    s.table([
        ("产出指标", "数量指标", "日均垃圾清运量", "≥350", "吨/日", ""),
        (None, None, "垃圾收集点保洁数量", "≥620", "个", ""),
        (None, "质量指标", "生活垃圾无害化处理率", "=100%", "", ""),
        (None, None, "收集点保洁达标率", "95%以上", "", ""),
        (None, "时效指标", "垃圾清运时限", "24小时内", "", "日产日清"),
        (None, "成本指标", "垃圾清运单价", "≤85", "元/吨", "按合同价"),
        ("效益指标", "社会效益指标", "城区环境卫生状况", "有效提升", "", ""),
        (None, "生态效益指标", "垃圾渗滤液外溢事件", "≤0", "起", "零发生"),
        ("满意度指标", "服务对象满意度指标", "居民对环卫服务满意度", "≥90%", "", ""),
    ], merged=(1, 2), col=c)  # fmt: skip
    s.skip()
    s.row("注：1.清运单价按2024年公开招标合同价确定；2.无害化处理率以填埋场和焚烧厂进场台账为准。",
          col=c)  # fmt: skip
    s.row("填表人：周晓岚", None, "审核人：钱振宇", None, "联系电话：0745-6231877", col=c)
    s.row("填报日期：", day(2024, 11, 8, CN_DATE), col=c)
    return b


@variant("ip07-city-mgmt-stacked-defects", (2, 1, 12), "two projects stacked, OLD-NAT")
def ip07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="数字化城市管理平台运行维护", dept="莲塘区城市管理局（510）",
        unit="莲塘区数字化城市管理中心",
        money=[("年度资金总额", money(260), "其中：财政拨款", money(260))],
        goals=["保障数字城管平台全年稳定运行，案件按期结案率95%以上。"],
    )  # fmt: skip
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "受理城市管理案件数", "≥36000", "件", ""),
        (None, "质量指标", "案件按期结案率", "≥95%", "", ""),
        (None, "时效指标", "案件派遣时限", "≤2小时", "", ""),
        (None, "成本指标", "平台运维费用", "≤260", "万元", ""),
        ("效益指标", "社会效益指标", "城市管理问题发现处置效率", "有效提升", "", ""),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "", ""),
    ], merged=(1, 2))  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2025, name="户外广告和店招店牌专项整治", dept="莲塘区城市管理局（510）",
        unit="莲塘区城市管理综合执法大队",
        money=[("年度资金总额", mk(money(150), "B101", "error", row=True), "其中：财政拨款",
                money(100)), ("其他资金", money(40), None, None)],
        goals=["整治主次干道违规户外广告和店招店牌1200处。"],
    )  # fmt: skip
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "整治违规户外广告及店招", "≥1200", "处", ""),
        (None, "质量指标", "案件按期结案率", mk("≥105%", "T106", "error"), "", ""),
        (None, "时效指标", "整治完成时间", "2025年10月31日前", "", ""),
        (None, "成本指标", "单处整治平均费用", "≤1250", "元/处", ""),
        ("效益指标", "社会效益指标", "街景立面秩序", "明显改善", "", ""),
        ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥85%", "", ""),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ip08-street-cleaning-ok", (7, 12, 1), "project, NAT-2021, detail lines, 2-line header")
def ip08() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 10, 12, 14))
    project_head(
        s, year=2025, name="城区道路清扫保洁服务购买", dept="金溪县城市管理局（406）",
        unit="金溪县环境卫生管理所",
        money=[("年度资金总额", money(1900), "其中：财政拨款", money(1800)),
               ("其他资金", money(100), None, None)],
        goals=["购买城区300万平方米道路清扫保洁服务，道路机扫率达到85%。"],
    )  # fmt: skip
    s.row("资金明细", "机械化清扫（300万平方米×4.2元/平方米·年）", None, money(1260))
    s.row(None, "人工保洁（180万平方米×3元/平方米·年）", None, money(540))
    s.row(None, "作业车辆维修保养", None, money(100))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "指标值设定依据", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "目标值", None)
    for col in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    s.table([
        ("成本指标", "经济成本指标", "机械化清扫单价", "≤", "4.2元/平方米·年", "合同价"),
        ("产出指标", "数量指标", "道路清扫保洁面积", "≥", "300万平方米", "计划标准"),
        (None, "质量指标", "道路机扫率", "≥", pct(0.85, "0.0%"), "行业标准"),
        (None, None, "道路保洁质量抽检合格率", "≥", pct(0.92, "0.0%"), "历史标准"),
        (None, "时效指标", "道路积水积雪清理时限", "≤", "12小时", "计划标准"),
        ("效益指标", "社会效益指标", "城区道路整洁度", "=", "良好", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "市民对道路保洁满意度", "≥", pct(0.9), "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ip09-public-toilet-pasted", (9, 1), "project, OLD-NAT, text pasted from a PDF")
def ip09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="城区公厕管护及提质改造", dept="沙湾县城市管理局（331）",
        unit="沙湾县环境卫生管理所",
        money=[("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",)),
                "其中：财政拨款", money(1205.3376)), ("其他资金", money(0), None, None)],
        goals=["管护城区公厕146座，提质改造公厕12座。"],
    )  # fmt: skip
    s.row("资金明细", "公厕日常管护（146座）", None, money(1085.3376))
    s.row(None, "公厕提质改造（12座）", None, mk("120万120万", "X106", "error", alt=("B108",)))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "管护公厕数量", "≥146座", "", ""),
        (None, None, "提质改造公厕数量", "≥12座", "", ""),
        (None, "质量指标", "公厕保洁达标率", mk("≥≤90%", "T116", "warning"), "", ""),
        (None, "时效指标", "改造完工时间", "2025年11月30日前", "", ""),
        (None, "成本指标", "单座公厕年管护费", "≤7.4万元", "", ""),
        ("效益指标", "社会效益指标", "如厕环境", "明显改善", "", ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "", ""),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ip10-streetlight-words-ok", (4, 11), "project, OLD-NAT, word operators, page break")
def ip10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 14, 14))
    project_head(
        s, year=2025, name="乡镇道路照明设施新建", dept="柳岸县城市管理局（417）",
        unit="柳岸县路灯管理所", attr="一次性项目",
        money=[("年度资金总额", money(486), "其中：财政拨款", money(486))],
        goals=["为6个乡镇新建太阳能路灯1800盏，工程验收一次合格。"],
    )  # fmt: skip
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "新建太阳能路灯", "不少于1800", "盏", ""),
        (None, None, "覆盖乡镇数", "6", "个", ""),
        (None, "质量指标", "工程验收合格率", "不低于95%", "", ""),
        (None, None, "路灯亮灯率", "98%以上", "", ""),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*HEAD6)  # the header again after the page break
    s.table([
        ("产出指标", "时效指标", "竣工验收时限", "≤30个工作日", "", "完工后"),
        (None, None, "故障路灯修复时限", "3日内", "", ""),
        (None, "成本指标", "单盏路灯综合造价", "不超过2700", "元/盏", ""),
        ("效益指标", "社会效益指标", "乡镇夜间道路通行条件", "逐步改善", "", ""),
        (None, "可持续影响指标", "路灯设计使用年限", "≥8", "年", ""),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%", "", ""),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填报单位（盖章）：柳岸县路灯管理所", None, None, "填报日期：", day(2024, 10, 30))
    return b


@variant("ip11-refuse-plant-defects", (11, 1), "project, NAT-2021, separate 比较符 column")
def ip11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 12, 14))
    project_head(
        s, year=2025, name="生活垃圾焚烧发电厂垃圾处理补贴", dept="桃川县城市管理局（402）",
        unit="桃川县城市管理局",
        start=mk(day(2023, 1, 1), "Y102", "error", row=True, alt=("Y101",)),
        money=[("年度资金总额", money(2190), "其中：财政拨款", money(2190))],
        goals=["全县生活垃圾日处理500吨，无害化处理率100%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("成本指标", "经济成本指标", "吨垃圾处理补贴单价", mk("≥", "T108", "warning", row=True),
         120, "元/吨"),
        ("产出指标", "数量指标", "日均垃圾处理量", "≥", 500, "吨/日"),
        (None, "质量指标", "生活垃圾无害化处理率", mk("≥", "T106", "error", row=True),
         pct(1), "%"),
        (None, None, "烟气排放在线监测达标率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补贴资金拨付时限", "≤", 15, "个工作日"),
        ("效益指标", "生态效益指标", "原生垃圾填埋量", "=", 0, "吨"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.85), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b
