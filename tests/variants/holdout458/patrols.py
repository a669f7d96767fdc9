"""禁捕巡护: stacked patrol projects, flat department lists, notes and page breaks (yz07–yz12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout458.common import (
    YEAR,
    header,
    indicators,
    notes,
    period_money,
    signature,
    start,
    wan,
    year_money,
)
from tests.variants.holdout458.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "yz07-stacked-patrols",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name with "
    "different values in each (correct)",
)
def stacked_patrols() -> Book:
    b, s = start()
    dept = "蒲湾区农业农村局（305）"
    project_head(
        s,
        year=YEAR,
        name="蒲湾区长江禁捕水域日常巡护项目",
        dept=dept,
        unit="蒲湾区渔政执法大队",
        money=period_money(120, 110, 120, 110),
        goals=["全年巡护禁捕水域12000公里以上，开展联合执法24次，非法捕捞案件全部查处。"],
    )
    header(s, *HEAD)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "禁捕水域巡护里程", "≥12000公里"),
            (None, None, "开展联合执法行动", "≥24次"),
            (None, "质量指标", "巡护记录完整率", "≥98%"),
            (None, "时效指标", "违法线索移交时限", "≤24小时"),
            (None, "成本指标", "每公里巡护成本", "≤80元/公里"),
            ("效益指标", "社会效益指标", "非法捕捞案件查处率", "=100%"),
            (None, "生态效益指标", "禁捕水域“三无”船舶存量", "≤0艘"),
            ("满意度指标", "服务对象满意度指标", "沿江群众满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="蒲湾区渔政执法船艇运维项目",
        dept=dept,
        unit="蒲湾区渔政执法大队",
        money=period_money(65, 65, 65, 65),
        goals=["保障6艘执法船艇正常出勤，全年船艇巡护8000公里以上。"],
        title="",
    )
    header(s, *HEAD)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "禁捕水域巡护里程", "≥8000公里"),
            (None, None, "执法船艇维护保养", "6艘"),
            (None, "质量指标", "船艇完好率", "≥95%"),
            (None, "时效指标", "船艇故障修复时间", "≤72小时"),
            (None, "成本指标", "单艘船艇年维保费用", "≤6万元/艘"),
            ("效益指标", "社会效益指标", "执法船艇出勤保障率", "≥95%"),
            (None, "可持续影响指标", "船艇维保台账", "健全"),
            ("满意度指标", "服务对象满意度指标", "一线执法人员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yz08-stacked-wrong",
    (2, 1),
    "two projects stacked, OLD-NAT, one money column each: a timeliness rate typed as 110%, the "
    "second project's 年度资金总额 ≠ 财政拨款 + 其他资金",
)
def stacked_wrong() -> Book:
    b, s = start()
    dept = "鹭洲县农业农村局（408）"
    project_head(
        s,
        year=YEAR,
        name="鹭洲县退捕渔民护渔员补助项目",
        dept=dept,
        unit="鹭洲县渔政监督管理站",
        money=year_money(180, 180, 0),
        goals=["聘用退捕渔民护渔员60人，按月发放补助，责任江段非法捕捞案件下降10%以上。"],
    )
    header(s, *HEAD)
    over = mk(pct(1.1), "T106", "error", note="及时率 typed as 110%")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "聘用退捕渔民护渔员", "≥60人"),
            (None, None, "护渔员巡护出勤", "≥14400人次"),
            (None, "质量指标", "护渔员岗前培训合格率", "≥95%"),
            (None, "时效指标", "补助按月发放及时率", over),
            (None, "成本指标", "护渔员人均补助标准", "≤3万元/人·年"),
            ("效益指标", "社会效益指标", "护渔员队伍稳定率", "≥90%"),
            (None, "生态效益指标", "责任江段非法捕捞案件下降率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "护渔员满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(wan(50), "B101", "error", note="42 + 6 = 48, not 50")
    project_head(
        s,
        year=YEAR,
        name="鹭洲县禁捕宣传及举报奖励项目",
        dept=dept,
        unit="鹭洲县渔政监督管理站",
        money=year_money(total, 42, 6),
        goals=["发放禁捕宣传资料2万份，兑现有效举报奖励40件以上。"],
        title="",
    )
    header(s, *HEAD)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "发放禁捕宣传资料", "≥20000份"),
            (None, None, "兑现有效举报奖励", "≥40件"),
            (None, "质量指标", "举报线索核查率", "=100%"),
            (None, "时效指标", "举报奖励兑现时限", "≤15个工作日"),
            (None, "成本指标", "单件举报平均奖励", "≤0.2万元/件"),
            ("效益指标", "社会效益指标", "沿江群众禁捕政策知晓率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "举报群众满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yz09-flat-patrol-dept",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, a 下降率 with ≥, weights add to 100 (correct)",
)
def flat_patrol_dept() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="沙渚市长江渔政执法支队",
        budget=[[wan(860), wan(800), wan(60), wan(610), wan(250)]],
        goal="全面落实长江十年禁渔，巡护禁捕水域3万公里以上，非法捕捞案件查处率100%。",
        tasks=[
            ("禁捕水域巡护", "日常巡护及联合执法", wan(150), "巡护3万公里以上"),
            ("执法装备运维", "船艇、无人机运维", wan(70), "装备完好率95%以上"),
            ("宣传与举报奖励", "宣传资料及举报奖励", wan(30), "知晓率90%以上"),
            ("金额合计", None, wan(250), None),
        ],
    )
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("禁捕水域巡护里程", 15, "公里", "≥", 30000),
            ("查办非法捕捞案件", 10, "件", "≥", 40),
            ("非法捕捞案件查处率", 15, "%", "=", pct(1)),
            ("违法线索处置及时率", 10, "%", "≥", pct(0.95)),
            ("执法船艇完好率", 10, "%", "≥", pct(0.95)),
            ("重点水域非法捕捞发生起数", 10, "起", "≤", 5),
            ("涉渔“三无”船舶下降率", 10, "%", "≥", pct(0.2)),
            ("禁捕政策沿江群众知晓率", 10, "%", "≥", pct(0.9)),
            ("沿江群众满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    s.row("合计", 100)
    return b


@variant(
    "yz10-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a value "
    "in 万元 against a unit column 次, a 反向 rate with ≥, weights adding to 95",
)
def flat_wrong() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="鹭洲县渔政监督管理站",
        budget=[[wan(240), wan(220), wan(20), wan(150), wan(90)]],
        goal="巡护禁捕水域9000公里以上，开展联合执法18次，非法捕捞案件发生率控制在3%以内。",
        tasks=[
            ("禁捕巡护执法", "日常巡护及联合执法", wan(60), "巡护9000公里以上"),
            ("禁捕宣传", "进村入户宣传", wan(30), "知晓率90%以上"),
            ("金额合计", None, wan(90), None),
        ],
    )
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重")
    unit = mk("≤0.8万元", "T112", "error", note="value in 万元, unit column 次")
    rate = mk("≥3%", "T108", "warning", row=True, note="发生率 is 反向 (and the goal says 以内)")
    s.table(
        [
            ("禁捕水域巡护里程", "≥9000", "正向", "公里", 15),
            ("联合执法行动", "≥18", "正向", "次", 10),
            ("单次联合执法行动平均费用", unit, "反向", "次", 10),
            ("非法捕捞案件发生率", rate, "反向", "%", 15),
            ("巡护记录完整率", "≥98%", "正向", "%", 15),
            ("违法线索处置及时率", "≥95%", "正向", "%", 10),
            ("禁捕政策知晓率", "≥90%", "正向", "%", 10),
            ("沿江群众满意度", "≥90%", "正向", "%", 10),
        ]
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant(
    "yz11-footnotes-monitoring",
    (4,),
    "project, OLD-NAT, one value column and a 指标值设定依据 column; a note row between tiers, "
    "注 and 填表说明 lines, a signature line with a prior-year fill date (correct)",
)
def footnotes_monitoring() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="渚洲市长江禁捕智能监控系统运维项目",
        dept="渚洲市农业农村局（512）",
        unit="渚洲市渔政执法支队",
        money=period_money(88, 80, 88, 80),
        goals=["保障120个视频监控点位稳定运行，预警信息全部核查处置，为禁捕执法提供证据支撑。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "运维视频监控点位", "≥120个", "计划标准"),
            (None, None, "预警信息核查处置", "≥1200条", "历史标准"),
            (None, "质量指标", "监控点位在线率", "≥95%", "行业标准"),
            (None, "时效指标", "预警信息核查响应时间", "≤30分钟", "计划标准"),
            (None, "成本指标", "单点位年运维费用", "≤0.6万元/个", "上年运维合同"),
        ],
    )
    notes(s, "（说明：成本指标按点位数测算，含通信流量费。）")
    indicators(
        s,
        [
            ("效益指标", "社会效益指标", "非法捕捞行为视频取证率", "≥90%", "计划标准"),
            (None, "生态效益指标", "重点江段非法捕捞行为发现起数", "≤30起", "历史标准"),
            (None, "可持续影响指标", "监控系统运维管理制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "基层执法人员满意度", "≥90%", "行业标准"),
        ],
    )
    notes(
        s,
        "注：1.指标值依据上年运维合同及行业标准测算；2.在线率按月统计取平均值。",
        "填表说明：三级指标可根据项目实际增减，指标值应细化、量化。",
    )
    s.row("单位负责人：魏澜", None, "财务负责人：葛朔", None, "（单位盖章）")
    signature(s, "钱苇", "0715-5382617", day(YEAR - 1, 11, 8, CN_DATE))
    return b


@variant(
    "yz12-page-break-template",
    (4, 6, 13),
    "department, NAT-2021, weight column; a 小计 row, the header repeated after a page break, "
    "a 合计 row; a template tier-2 left empty and a value without a name",
)
def page_break_template() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="蒲湾区长江江豚保护中心",
        budget=[[wan(520), wan(500), wan(20), wan(330), wan(190)]],
        goal="救护搁浅江豚，开展种群监测和保护科普，沿江群众江豚保护知晓率达到90%以上。",
        tasks=[
            ("江豚救护", "搁浅江豚救护与暂养", wan(80), "救护存活率80%以上"),
            ("种群监测", "季度监测与专项考察", wan(60), "监测12次以上"),
            ("保护科普", "科普活动与宣传", wan(50), "科普活动30场以上"),
            ("金额合计", None, wan(190), None),
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    header(s, *head)
    empty = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单头次搁浅江豚救护成本", "≤3万元/头次", 10),
            (None, empty, None, None, None),
            ("产出指标", "数量指标", "开展江豚种群监测", "≥12次", 10),
            (None, None, "江豚保护科普活动", "≥30场", 10),
            (None, "质量指标", "监测数据有效率", "≥95%", 10),
            (None, "时效指标", "救护接报响应时间", "≤2小时", 10),
        ],
    )
    s.row("本页小计", None, None, None, 50)
    s.skip()
    header(s, *head)
    nameless = mk(None, "F110", "error", note="a value and a weight without an indicator name")
    indicators(
        s,
        [
            ("效益指标", "生态效益指标", "救护放归江豚存活率", "≥80%", 10),
            (None, None, nameless, "≥6处", 10),
            (None, "社会效益指标", "沿江群众江豚保护知晓率", "≥90%", 10),
            (None, "可持续影响指标", "江豚救护协作机制", "健全", 10),
            ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", 10),
        ],
    )
    s.row("本页小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    return b
