"""Returns of research institutes (梧岭市, invented): a project with word operators and a
money detail block in 元 under a head in 万元; a table pasted from a PDF."""

from __future__ import annotations

from tests.variants.holdout10.forms import (
    WAN_IN,
    YUAN2,
    cn_day,
    indicators,
    labelled,
    line,
    project_head,
    signatures,
    title,
)
from tests.variants.holdout10.registry import variant
from tests.variants.kit import Book, day, mk, money

AGRI = "梧岭市农业农村局（代码 315001）"
ENV = "梧岭市生态环境局（代码 321001）"


@variant(
    "u08-rice-institute-yuan-details-ok",
    (1, 12),
    "project, NAT-2021 with all three 成本 tier-2s, word operators (不低于, 以上, 日内, 不少于), "
    "≤30个工作日, grades 逐步完善/无不利影响, head in 万元 (unit in the number format) and a "
    "detail block in 元 adding to it",
)
def rice_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 30, 16, 38, 30))
    title(s, "2026年度项目支出绩效目标申报表", 1, 6)
    project_head(
        s,
        col=1,
        width=6,
        name="优质稻新品种选育与示范推广项目",
        dept=AGRI,
        unit="梧岭市农业科学研究所",
        attr="延续项目",
        period="1年",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=[
            (
                "年度资金总额",
                money(38, WAN_IN),
                "其中：财政拨款",
                money(35, WAN_IN),
                "其他资金",
                money(3, WAN_IN),
            )
        ],
    )
    labelled(
        s,
        1,
        6,
        "年度绩效目标",
        "选育优质稻新品系3个以上，建设示范田100亩，培训农户500人次，新品种推广面积达到"
        "2万亩，示范田亩均增收150元以上。",
    )
    s.row("资金明细（单位：元）", "支出内容", "金额", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for what, amount, basis in (
        ("示范田种植及管护", 180000, "100亩×1800元/亩"),
        ("种子及农资", 96500, "按品系数和试验小区数测算"),
        ("测试化验费", 73500, "米质检测49个样品×1500元/个"),
        ("差旅及会议培训", 30000, "培训5期×6000元/期"),
    ):
        s.row(None, what, money(amount, YUAN2), basis, None, None, merge=[(4, 6)])
    s.row(None, "合计", money(380000, YUAN2), None, None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "指标值设定依据"),
        [
            (
                "成本指标",
                "经济成本指标",
                "示范田每亩种植成本",
                "≤1800元/亩",
                "反映示范田种植、管护及收获的亩均费用。",
                "历史标准：上年示范田实际亩均成本1760元。",
            ),
            (
                None,
                "社会成本指标",
                "对周边农户正常生产的影响",
                "无不利影响",
                "反映示范田建设占用道路、水源等对周边农户生产造成的影响。",
                "其他标准。",
            ),
            (
                None,
                "生态环境成本指标",
                "示范田化肥施用量较常规栽培减少",
                "10%以上",
                "反映示范田亩均化肥纯量较当地常规栽培减少的幅度。",
                "计划标准：化肥减量增效方案。",
            ),
            (
                "产出指标",
                "数量指标",
                "选育优质稻新品系",
                "≥3个",
                "反映当年通过多点鉴定的新品系数量。",
                "计划标准：育种计划。",
            ),
            (None, None, "建设示范田", "≥100亩", "反映新品种展示示范田面积。", "计划标准。"),
            (
                None,
                None,
                "技术培训农户",
                "不少于500人次",
                "反映集中培训及田间指导的农户人次。",
                "计划标准。",
            ),
            (
                None,
                "质量指标",
                "新品系区域试验增产幅度",
                "≥5%",
                "反映新品系较对照品种的增产幅度。",
                "行业标准：品种审定标准。",
            ),
            (
                None,
                None,
                "稻米品质达部标二级以上的品系比例",
                "不低于90%",
                "反映米质检测达到农业行业标准二级以上的品系所占比例。",
                "行业标准。",
            ),
            (
                None,
                "时效指标",
                "田间试验数据整理上报时限",
                "收获后30日内",
                "反映每季收获后完成考种、测产数据整理并上报的时间。",
                "计划标准。",
            ),
            (
                None,
                None,
                "品种审定材料报送时限",
                "≤30个工作日",
                "反映区域试验结束至向省品种审定委员会报送材料的时间。",
                "其他标准：审定工作通知。",
            ),
            (
                "效益指标",
                "经济效益指标",
                "示范田亩均增收",
                "≥150元/亩",
                "反映示范田较常规品种亩均增加的收入。",
                "历史标准。",
            ),
            (
                None,
                "社会效益指标",
                "新品种推广面积",
                "≥2万亩",
                "反映当年在全市推广种植新品种的面积。",
                "计划标准。",
            ),
            (
                None,
                "生态效益指标",
                "示范区农药使用量",
                "逐步减少",
                "反映抗病品种推广后示范区农药使用变化。",
                "其他标准。",
            ),
            (
                None,
                "可持续影响指标",
                "优质稻选育技术体系",
                "逐步完善",
                "反映分子辅助育种技术体系建设情况。",
                "计划标准。",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "示范农户满意度",
                "95%以上",
                "反映示范农户问卷调查满意比例。",
                "历史标准。",
            ),
        ],
    )
    line(s, 1, 6, "注：项目资金单位为万元，资金明细单位为元。")
    signatures(s, 1, "黎红", "梁振华", "0739-8860147", cn_day(2025, 10, 30))
    return b


@variant(
    "u09-environment-institute-pdf",
    (1, 9),
    "project, OLD-NAT, pasted from a PDF: 其他资金 '1205.337 6', a detail line '120万120万', "
    "a 合格率 given as a bare 98",
)
def environment_pdf() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    title(s, "2026年度项目支出绩效目标表", 1, 6)
    project_head(
        s,
        col=1,
        width=6,
        name="土壤污染状况调查技术支撑项目",
        dept=ENV,
        unit="梧岭市生态环境科学研究院",
        attr="一次性项目",
        period="1年",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=[
            ("年度资金总额", money(1325.3376, "0.0000"), None, None),
            (
                "其中：财政拨款",
                money(120, "0.0000"),
                "其他资金",
                mk(
                    "1205.337 6",
                    "X105",
                    "warning",
                    alt=("X103",),
                    note="a number split by a space in the PDF copy",
                ),
            ),
        ],
    )
    labelled(
        s,
        1,
        6,
        "年度绩效目标",
        "完成全市重点行业企业用地土壤污染状况调查的采样、分析测试和数据建库，形成调查报告。",
    )
    s.row(
        "资金明细（万元）",
        "采样与样品运输",
        mk("120万120万", "X106", "error", alt=("B108",), note="the amount pasted twice"),
        "实验室分析测试",
        money(905.3376, "0.0000"),
        None,
    )
    s.row(
        None, "数据建库与报告编制", money(300, "0.0000"), "合计", money(1325.3376, "0.0000"), None
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
        [
            ("产出指标", "数量指标", "完成地块布点采样", "≥260个", None, None),
            (None, None, "分析测试土壤样品", "≥3100个", None, None),
            (
                None,
                "质量指标",
                "样品检测数据合格率",
                mk(98, "T105", "error", note="a rate without %"),
                None,
                None,
            ),
            (None, None, "调查报告通过专家评审", "通过", None, None),
            (None, "时效指标", "调查报告提交时间", "11月30日前", None, None),
            (None, "成本指标", "单个样品分析测试成本", "≤2900元/个", None, None),
            ("效益指标", "社会效益指标", "重点地块土壤环境风险底数", "基本摸清", None, None),
            (None, "可持续影响指标", "土壤环境质量数据库", "建立并持续更新", None, None),
            ("满意度指标", "服务对象满意度指标", "委托部门满意度", "≥90%", None, None),
        ],
    )
    return b
