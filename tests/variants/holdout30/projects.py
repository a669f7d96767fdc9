"""Fire rescue, meteorology and earthquake projects: response and arrival times in 分钟 and 秒,
equipment bought at unit prices, 预警信息发布及时率, multi-year monitoring networks."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout30.common import indicators, sign
from tests.variants.holdout30.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("in01-fire-response-ok", (11,), "project, NAT-2021, times in 秒 and 分钟, 0起, 每10万人")
def in01() -> Book:
    """Correct: response times are 反向 with ≤, a target of 0起 on fires with deaths, a rate per
    10万人 (not a percentage), a lead time in 分钟 that is 正向."""
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(
        s,
        year=2026,
        name="栖霞岭县城区消防站执勤保障",
        dept="栖霞岭县消防救援大队 318",
        unit="栖霞岭县城区消防救援站",
        money=[
            ("年度资金总额", money(146.8, WAN), "其中：财政拨款", money(146.8, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "保障城区消防站24小时执勤，接警后60秒内出动，城区主要街道8分钟内到场，"
            "全年不发生较大以上亡人火灾。"
        ],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "全年执勤备勤天数", "365天"),
            (None, None, "开展灭火救援实战演练", "≥36次"),
            (None, None, "辖区重点单位熟悉演练", "≥120家次"),
            (None, "质量指标", "执勤车辆完好率", "≥98%"),
            (None, "时效指标", "接警至出动时间", "≤60秒"),
            (None, None, "城区主要街道到场时间", "≤8分钟"),
            ("成本指标", "经济成本指标", "消防车辆年均维护费", "≤3.2万元/辆"),
            (None, None, "执勤人员伙食补助标准", "≤40元/人·天"),
            ("效益指标", "社会效益指标", "较大以上亡人火灾事故", "0起"),
            (None, None, "火灾十万人口死亡率", "≤0.3人/10万人"),
            (None, "可持续影响指标", "消防站执勤实力", "持续提升"),
            ("满意度指标", "服务对象满意度指标", "辖区群众对消防救援服务满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "周某", "林某", "0571-6602318")
    return b


@variant("in02-fire-equipment-wrong", (1, 11, 12), "project, NAT-2021, equipment at unit prices")
def in02() -> Book:
    """Wrong: the money does not add up (120 ≠ 100 + 30), an acceptance rate over 100 %, a
    complaint rate written with ≥."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="水域及高层建筑救援装备购置",
        dept="栖霞岭县消防救援大队 318",
        unit="栖霞岭县消防救援大队",
        attr="一次性项目",
        money=[
            (
                "年度资金总额",
                mk(money(120, WAN), "B101", "error", row=True),
                "其中：财政拨款",
                money(100, WAN),
            ),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=["购置水域救援装备8套、正压式空气呼吸器40具，提升水域和高层建筑火灾救援能力。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "购置水域救援装备", "≥8套"),
            (None, None, "购置正压式空气呼吸器", "≥40具"),
            (None, "质量指标", "装备验收合格率", mk("≥105%", "T106", "error")),
            (None, "时效指标", "装备采购到货时间", "2026年9月30日前"),
            ("成本指标", "经济成本指标", "水域救援装备单价", "≤9.5万元/套"),
            (None, None, "空气呼吸器单价", "≤0.8万元/具"),
            ("效益指标", "社会效益指标", "水域遇险人员救助成功率", "≥90%"),
            (None, None, "群众投诉率", mk("≥5%", "T108", "warning", row=True)),
            ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
        ],
    )
    return b


@variant("in03-meteo-warning-columns-ok", (1, 11), "project, 比较符/计量单位/指标方向 columns")
def in03() -> Book:
    """Correct: operator, unit and direction in their own columns, percentages typed as Excel
    stores them (0.98 shown 98.0%), a lead time in 分钟 that is 正向, a 反向 error in 公里."""
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s,
        year=2026,
        name="突发气象灾害预警信息发布能力建设",
        dept="云岫市气象局 507",
        unit="云岫市气象台",
        money=[
            ("年度资金总额", money(218.5, WAN), "其中：财政拨款", money(200, WAN)),
            ("其他资金", money(18.5, WAN), None, None),
        ],
        goals=[
            "升级预警信息发布平台，全年发布预警信息不少于1500条，预警信息发布及时率达到98%，"
            "强对流天气预警提前量不少于30分钟。"
        ],
    )
    p = "0.0%"
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向"),
        [
            ("产出指标", "数量指标", "发布气象预警信息", "≥", 1500, "条", "正向"),
            (None, None, "升级乡镇预警大喇叭", "≥", 86, "个", "正向"),
            (None, "质量指标", "预警信息发布及时率", "≥", pct(0.98, p), "%", "正向"),
            (None, None, "暴雨预警准确率", "≥", pct(0.8, p), "%", "正向"),
            (None, "时效指标", "强对流天气预警提前量", "≥", 30, "分钟", "正向"),
            (None, None, "预警信息到达乡镇责任人时间", "≤", 10, "分钟", "反向"),
            ("成本指标", "经济成本指标", "预警大喇叭单价", "≤", 0.42, "万元/个", "反向"),
            ("效益指标", "社会效益指标", "台风路径24小时预报误差", "≤", 70, "公里", "反向"),
            (None, None, "预警信息公众覆盖率", "≥", pct(0.95, p), "%", "正向"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "公众气象服务满意度",
                "≥",
                pct(0.9, p),
                "%",
                "正向",
            ),
        ],
    )
    s.skip()
    s.row("注：指标方向填“正向”或“反向”，比较符填≥、≤或=。")
    return b


@variant("in04-meteo-malformed", (9, 11), "project, operators inside values, malformed thresholds")
def in04() -> Book:
    """Wrong: `≥≤90%` (two operators), `>=85` on a rate (no %), `95%%` (percent doubled)."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="区域自动气象站网加密建设",
        dept="云岫市气象局 507",
        unit="云岫市气象探测中心",
        money=[
            ("年度资金总额", money(96, WAN), "其中：财政拨款", money(90, WAN)),
            ("其他资金", money(6, WAN), None, None),
        ],
        goals=["新建区域自动气象站15个，发布气象预警信息不少于1200条，提高暴雨预报准确率。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "新建区域自动气象站", "≥15个"),
            (None, None, "发布气象预警信息", "≥1200条"),
            (None, "质量指标", "预警信息发布及时率", mk("≥≤90%", "T116", "warning")),
            (None, None, "暴雨预报准确率", mk(">=85", "T105", "error", alt=("T104", "T116"))),
            (None, "时效指标", "自动站建成投入运行时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "单站建设成本", "≤6万元/个"),
            ("效益指标", "社会效益指标", "公众气象服务覆盖率", mk("95%%", "T116", "warning")),
            (None, None, "因气象灾害造成群死群伤事件", "不发生"),
            ("满意度指标", "服务对象满意度指标", "公众对气象服务满意度", "≥90%"),
        ],
    )
    return b


MID = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("in05-earthquake-multiyear-wrong", (8,), "three-year project, 中期 and 年度 columns")
def in05() -> Book:
    """Wrong: the start date says 2023 in a table for 2026–2028, a 中期 count copied into
    年度, an annual count above its period count."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2026,
        years=3,
        name="地震监测预警台网建设（2026—2028年）",
        dept="梧川县地震局 402",
        unit="梧川县地震监测中心",
        attr="新增项目",
        start=mk(day(2023, 1, 1), "Y101", "error", alt=("Y102", "Y104")),
        money=[
            ("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
            ("其中：财政拨款", money(900, WAN), "其中：财政拨款", money(300, WAN)),
        ],
        goals=[
            "三年新建地震监测台站24个，安装地震预警终端600台，设置应急避难场所标识90处。",
            "2026年新建监测台站8个，安装预警终端200台，设置避难场所标识30处。",
        ],
    )
    indicators(
        s,
        MID,
        [
            ("产出指标", "数量指标", "新建地震监测台站", "≥24个", "≥8个"),
            (None, None, "安装地震预警终端", "≥600台", mk("≥600台", "D202", "warning")),
            (None, None, "设置应急避难场所标识", "≥90处", mk("≥120处", "D201", "error")),
            (None, "质量指标", "台站数据传输完整率", "≥99%", "≥99%"),
            (None, "时效指标", "地震自动速报发布时间", "≤5分钟", "≤5分钟"),
            ("成本指标", "经济成本指标", "单个监测台站建设成本", "≤12万元", "≤12万元"),
            ("效益指标", "社会效益指标", "地震预警信息覆盖人口比例", "≥85%", "≥80%"),
            (None, "可持续影响指标", "台站设备设计使用年限", "≥8年", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "群众对防震减灾服务满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant("in06-fault-survey-two-years-ok", (1, 8), "two-year project, OLD-NAT, 中期 and 年度")
def in06() -> Book:
    """Correct: a two-year survey; cumulative counts below their period counts, rates and unit
    costs equal in both columns, percentages as Excel stores them."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2026,
        years=2,
        name="县城活动断层探测与地震危险性评价",
        dept="梧川县地震局 402",
        unit="梧川县地震监测中心",
        money=[
            ("中期资金总额", money(380, WAN), "年度资金总额", money(210, WAN)),
            ("其中：财政拨款", money(380, WAN), "其中：财政拨款", money(210, WAN)),
        ],
        goals=[
            "两年完成县城规划区活动断层探测42公里，钻孔联合剖面6条，形成地震危险性评价报告。",
            "2026年完成断层探测25公里、钻孔联合剖面4条。",
        ],
    )
    indicators(
        s,
        MID,
        [
            ("产出指标", "数量指标", "完成活动断层探测长度", C("≥42公里"), C("≥25公里")),
            (None, None, "钻孔联合剖面", "≥6条", "≥4条"),
            (None, "质量指标", "探测成果通过专家评审率", pct(1.0), pct(1.0)),
            (None, "时效指标", "年度探测任务完成时间", "2027年12月31日前", "2026年12月31日前"),
            (None, "成本指标", "每公里探测成本", "≤6.5万元/公里", "≤6.5万元/公里"),
            ("效益指标", "社会效益指标", "探测成果纳入国土空间规划比例", "≥90%", "≥90%"),
            (None, "可持续影响指标", "探测数据共享使用年限", "≥10年", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "规划及建设部门满意度", pct(0.9), pct(0.9)),
        ],
    )
    sign(s, 2026, "郑某", "何某", "0736-5521402")
    return b
