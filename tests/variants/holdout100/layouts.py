"""Correct returns in layouts that are hard to read: a header merged over two rows with its
sub-columns (指标值 → 年度 │ 中期), the indicator table on a second sheet after a 基本信息 sheet,
a 附表 of budget detail after the indicators, 备注 and 数据来源 columns, empty spacer columns, a
separate 比较符 column with full-width operators and points. lf05–lf08, lf11, lf12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout100.common import HEAD, footer, proj_money, wan
from tests.variants.holdout100.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, pct


def two_row_header(s: Sheet, first: str, second: str, extra: tuple[str, ...] = ("备注",),
                   gap: bool = False) -> None:  # fmt: skip
    """一级 │ 二级 │ 三级 │ [spacer] │ 指标值 (over two sub-columns ``first``, ``second``) │ extra,
    the single-row headers merged down over both rows."""
    pad = (None,) if gap else ()
    s.row("一级指标", "二级指标", "三级指标", *pad, "指标值", None, *extra)
    s.row(None, None, None, *pad, first, second)
    top, v = s.r - 1, 4 + len(pad)
    s.ws.merge_cells(start_row=top, start_column=v, end_row=top, end_column=v + 1)
    for c in [1, 2, 3, *range(v + 2, v + 2 + len(extra))]:
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)


@variant(
    "lf05-merged-header-annual-first",
    (7, 8),
    "three-year project, NAT-2021, header merged over two rows: 指标值 over 年度 │ 中期 (the"
    " annual column first)",
)
def lf05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="青岚市智慧养老服务平台建设项目", dept="青岚市民政局",
        unit="青岚市养老服务指导中心", attr="新增项目",
        money=proj_money(2400, 2100, 300, annual=(wan(900), wan(800), wan(100))),
        goals=["三年内建成覆盖全市的智慧养老服务平台，接入老年人8万人，建设社区智慧养老服务站"
               "60个，累计提供上门服务40万人次。",
               "2027年完成平台一期建设，接入老年人3万人，建成社区智慧养老服务站20个，"
               "提供上门服务12万人次。"],
    )  # fmt: skip
    two_row_header(s, "年度", "中期")
    s.table(
        [
            ("产出指标", "数量指标", "接入平台老年人数", "≥3万人", "≥8万人"),
            (None, None, "建设社区智慧养老服务站", "≥20个", "≥60个"),
            (None, None, "提供上门服务人次", "≥12万人次", "≥40万人次"),
            (None, "质量指标", "平台系统可用率", "≥99%", "≥99%"),
            (None, None, "服务工单办结率", "≥95%", "≥95%"),
            (None, "时效指标", "紧急呼叫响应时间", "≤15分钟", "≤15分钟"),
            ("成本指标", "经济成本指标", "单个服务站建设补助", "≤15万元", "≤15万元"),
            ("效益指标", "社会效益指标", "独居老人定期探访覆盖率", pct(0.9), pct(0.95)),
            (None, "可持续影响指标", "平台运维保障年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "老年人及家属满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "杨书华", "0571-86093412", day(2026, 11, 27, CN_DATE))
    return b


@variant(
    "lf06-second-sheet-department",
    (7, 12),
    "department, NAT-2021: 基本信息 sheet with budget and key tasks, the indicator table on"
    " a second sheet under a title and a unit line",
)
def lf06() -> Book:
    b = Book()
    s = b.sheet("基本信息")
    department_head(
        s, year=2027, dept="溪口区教育局",
        budget=[(wan(48620.35), wan(46820.35), wan(1800), wan(39120.35), wan(9500))],
        tasks=[
            ("学生资助", "家庭经济困难学生生活补助、助学金", wan(2600), "资助6500人次以上"),
            ("校舍维修改造", "中小学校舍维修、抗震加固", wan(3900), "维修校舍3.2万平方米"),
            ("教师培训", "全员培训、骨干教师研修", wan(800), "培训教师4000人次"),
            ("教育信息化", "智慧教室建设、教育专网运维", wan(2200), "新建智慧教室120间"),
            ("金额合计", None, wan(9500), None),
        ],
        goal="保障全区中小学正常运转，落实学生资助政策，完成校舍维修改造3.2万平方米，"
             "培训教师4000人次，新建智慧教室120间，义务教育巩固率保持在99%以上。",
    )  # fmt: skip
    t = b.sheet("绩效指标", widths=(16, 18, 30, 20, 24))
    t.title("2027年度部门整体支出绩效指标", 5)
    t.row("单位名称：溪口区教育局", None, None, None, "金额单位：万元")
    t.row(*HEAD, "备注")
    t.table(
        [
            ("产出指标", "数量指标", "资助家庭经济困难学生人次", "≥6500人次"),
            (None, None, "维修改造校舍面积", "≥3.2万平方米"),
            (None, None, "教师培训人次", "≥4000人次"),
            (None, None, "新建智慧教室", "≥120间"),
            (None, "质量指标", "义务教育巩固率", "≥99%"),
            (None, None, "校舍维修工程验收合格率", pct(1)),
            (None, "时效指标", "资助资金发放及时率", pct(1)),
            ("成本指标", "经济成本指标", "智慧教室单间建设成本", "≤18万元/间"),
            ("效益指标", "社会效益指标", "适龄儿童入学率", pct(1)),
            (None, "可持续影响指标", "教师培训成果校本转化率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥92%", "第三方测评"),
        ],
        merged=(1, 2),
    )
    footer(t, "钱晓梅", "0576-8839021", day(2026, 11, 20, CN_DATE))
    return b


@variant(
    "lf07-appendix-budget",
    (7, 12),
    "project, OLD-NAT, one value column, a 附表 of budget detail (序号 · 支出内容 · 测算依据"
    " · 金额) after the indicators, adding up",
)
def lf07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="临溪县农村生活污水处理设施运维项目", dept="临溪县住房和城乡建设局",
        unit="临溪县农村污水治理中心", money=proj_money(650, 600, 50), attr="常年项目",
        goals=["对全县140座农村生活污水处理设施实施专业化运维，出水水质达标率90%以上，"
               "受益农户21000户以上。"],
    )  # fmt: skip
    s.row(*HEAD, None, "备注", merge=[(4, 5)])
    s.table(
        [
            ("产出指标", "数量指标", "运维处理设施数量", "≥140座"),
            (None, None, "单座设施年度水质检测次数", "≥4次"),
            (None, "质量指标", "出水水质达标率", "≥90%"),
            (None, None, "设施正常运行率", "≥95%"),
            (None, "时效指标", "设施故障响应时间", "≤24小时"),
            (None, "成本指标", "单座设施年运维费用", "≤3万元/座"),
            ("效益指标", "生态效益指标", "化学需氧量削减量", "≥300吨"),
            (None, "社会效益指标", "受益农户数", "≥21000户"),
            (None, "可持续影响指标", "运维管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("附表：项目预算明细", merge=[(1, 6)])
    s.row("序号", "支出内容", "测算依据", None, "金额（万元）", merge=[(3, 4)])
    s.table(
        [
            (1, "设施运维服务费", "140座×3万元/座", None, wan(420)),
            (2, "出水水质检测费", "140座×4次×0.1万元", None, wan(56)),
            (3, "设施维修及设备更换", "按上年实际发生数测算", None, wan(132)),
            (4, "运维监管平台服务费", "合同价", None, wan(42)),
            ("合计", None, None, None, wan(650)),
        ]
    )
    footer(s, "许文涛", "0572-5506187", day(2026, 11, 24, CN_DATE))
    return b


@variant(
    "lf08-notes-and-spacer",
    (4, 7),
    "project, NAT-2021, an empty spacer column between 三级指标 and 指标值, 数据来源 and 备注"
    " columns",
)
def lf08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 16, 30, 3, 18, 18, 18))
    project_head(
        s, year=2027, name="澜溪县全域旅游公共服务提升项目", dept="澜溪县文化广电旅游体育局",
        unit="澜溪县旅游服务中心", money=proj_money(380, 300, 80), attr="一次性项目",
        goals=["新建旅游厕所8座、游客服务驿站2个，设置旅游导览标识150块，全县接待游客人次"
               "比上年增长8%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "数据来源", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建旅游厕所", None, "≥8座", "验收资料"),
            (None, None, "设置旅游导览标识", None, "≥150块", "验收资料"),
            (None, None, "建设游客服务驿站", None, "≥2个", "验收资料"),
            (None, "质量指标", "旅游厕所验收合格率", None, pct(1), "验收报告"),
            (None, None, "导览标识信息准确率", None, pct(1), "现场核查"),
            (None, "时效指标", "项目完工时间", None, "2027年10月31日前", "竣工报告"),
            (
                "成本指标",
                "经济成本指标",
                "单座旅游厕所建设成本",
                None,
                "≤25万元/座",
                "决算",
                "含化粪池",
            ),
            ("效益指标", "经济效益指标", "接待游客人次比上年增长率", None, "≥8%", "统计年报"),
            (None, "社会效益指标", "带动周边群众就业人数", None, "≥40人", "乡镇报送"),
            (None, "可持续影响指标", "设施管护责任落实率", None, pct(1), "管护协议"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "游客满意度",
                None,
                "≥90%",
                "问卷调查",
                "抽样不少于300份",
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "唐一鸣", "0578-6120743", day(2026, 11, 19, CN_DATE))
    return b


@variant(
    "lf11-operator-column-points",
    (1, 10),
    "project, OLD-NAT, 比较符 column with full-width operators (＞ ＜ ≥ ≤), 计量单位 and 分值"
    " columns adding to 90, one count typed 3,600",
)
def lf11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 8, 12, 12, 8))
    project_head(
        s, year=2027, name="东陂县动物疫病强制免疫项目", dept="东陂县农业农村局",
        unit="东陂县动物疫病预防控制中心", money=proj_money(210, 180, 30), attr="常年项目",
        goals=["完成春秋两季重大动物疫病集中免疫，应免畜禽免疫密度保持在90%以上，免疫抗体"
               "合格率70%以上，全年不发生区域性重大动物疫情。"],
    )  # fmt: skip
    s.row(*HEAD[:3], "比较符", "指标值", "计量单位", "分值（90分）")
    s.table(
        [
            ("产出指标", "数量指标", "猪牛羊口蹄疫免疫数量", "≥", 32, "万头（只）", 8),
            (None, None, "家禽高致病性禽流感免疫数量", "≥", 260, "万羽", 8),
            (None, None, "免疫抗体监测样本数", "≥", "3,600", "份", 6),
            (None, "质量指标", "应免畜禽免疫密度", "≥", pct(0.9), "%", 8),
            (None, None, "免疫抗体合格率", "≥", pct(0.7), "%", 6),
            (None, "时效指标", "疫情报告时限", "≤", 2, "小时", 6),
            (None, "成本指标", "免疫注射劳务补助标准", "≤", 0.5, "元/头（羽）", 8),
            ("效益指标", "经济效益指标", "重大动物疫病直接经济损失", "＜", 50, "万元", 10),
            (None, "社会效益指标", "养殖户防疫知识知晓率", "＞", pct(0.85), "%", 10),
            (None, "可持续影响指标", "村级防疫员队伍稳定率", "≥", pct(0.9), "%", 10),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, None, 90)
    s.row("注：预算执行率（10分）另行考核。", merge=[(1, 7)])
    footer(s, "韩建平", "0573-6627750", day(2026, 11, 21, CN_DATE))
    return b


@variant(
    "lf12-second-sheet-appendix",
    (7, 8, 12),
    "two-year project: 基本信息 sheet, then a 绩效目标 sheet with a spacer column, a two-row"
    " header (指标值 → 中期 │ 年度) and a 附表",
)
def lf12() -> Book:
    b = Book()
    s = b.sheet("基本信息")
    project_head(
        s, year=2027, years=2, name="青岚市河湖生态修复项目", dept="青岚市水利局",
        unit="青岚市河湖管理中心", attr="新增项目",
        money=proj_money(5600, 5000, 600, annual=(wan(3200), wan(2900), wan(300))),
        goals=["两年内完成河道清淤18公里、生态护岸12公里，修复湿地900亩，主要断面水质达标率"
               "90%以上。",
               "2027年完成河道清淤10公里、生态护岸7公里，修复湿地500亩，建成水质自动监测站"
               "4个。"],
    )  # fmt: skip
    t = b.sheet("绩效目标", widths=(14, 16, 28, 3, 16, 16, 16))
    t.title("项目绩效目标表", 7)
    two_row_header(t, "中期", "年度", gap=True)
    t.table(
        [
            ("产出指标", "数量指标", "河道清淤长度", None, "≥18公里", "≥10公里"),
            (None, None, "生态护岸建设长度", None, "≥12公里", "≥7公里"),
            (None, None, "修复湿地面积", None, "≥900亩", "≥500亩"),
            (None, None, "建设水质自动监测站", None, "≥6个", "≥4个"),
            (None, "质量指标", "工程质量验收合格率", None, pct(1), pct(1)),
            (None, "时效指标", "工程完工时间", None, "2028年12月31日前", "2027年12月31日前"),
            (
                "成本指标",
                "经济成本指标",
                "生态护岸单位造价",
                None,
                "≤190万元/公里",
                "≤190万元/公里",
            ),
            ("效益指标", "生态效益指标", "主要断面水质达标率", None, "≥90%", "≥85%"),
            (None, "社会效益指标", "沿岸受益人口", None, "≥12万人", "≥6万人"),
            (None, "可持续影响指标", "河湖管护长效机制", None, "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", None, "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    t.skip()
    t.row("附表：2027年度预算明细（万元）", merge=[(1, 7)])
    t.row("序号", "支出内容", "测算依据", None, "金额")
    t.table(
        [
            (1, "河道清淤", "10公里×120万元/公里", None, wan(1200)),
            (2, "生态护岸", "7公里×190万元/公里", None, wan(1330)),
            (3, "湿地修复", "500亩×0.94万元/亩", None, wan(470)),
            (4, "水质自动监测站", "4个×50万元/个", None, wan(200)),
            ("合计", None, None, None, wan(3200)),
        ]
    )
    footer(t, "曹蕾", "0571-86357720", day(2026, 11, 26, CN_DATE))
    return b
