"""菖蒲 (calamus) planting and the 鹭汀湖 / 雁汊湖 lake shore restoration, 菰湾县: fq07–fq12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout631.common import (
    HEAD4,
    HEAD_PERIOD,
    YEAR,
    indicators,
    note,
    period_money,
    sign,
    start,
    wan,
)
from tests.variants.holdout631.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "菰湾县自然资源和规划局（322）"
CENTRE = "菰湾县湿地保护中心"


@variant(
    "fq07-lakeshore-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller annual "
    "counts, equal rates, unit cost × length equal to the money in both columns (correct)",
)
def fq07() -> Book:
    b, s = start()
    goals = [
        "2025—2027年修复鹭汀湖西岸湖岸3.6公里，种植菖蒲等挺水植物300亩，湖岸侵蚀速率下降30%以上。",
        "2025年完成首段湖岸修复1.2公里，种植菖蒲100亩，侵蚀速率下降15%以上。",
    ]
    project_head(s, year=YEAR, years=3, name="鹭汀湖西岸湖岸生态修复项目", dept=DEPT,
                 unit=CENTRE, money=period_money((540, 450, 90), (180, 150, 30)),
                 goals=goals, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "湖岸生态修复长度", "≥3.6公里", "≥1.2公里"),
        (None, None, "菖蒲种植面积", "≥300亩", "≥100亩"),
        (None, "质量指标", "挺水植物成活率", pct(0.85), pct(0.85)),
        (None, "时效指标", "修复工程完成时间", "2027年12月底前", "2025年12月底前"),
        ("成本指标", "经济成本指标", "每公里修复成本", "≤150万元/公里", "≤150万元/公里"),
        ("效益指标", "生态效益指标", "湖岸侵蚀速率下降率", "≥30%", "≥15%"),
        (None, "可持续影响指标", "修复岸段管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%"),
    ]
    indicators(s, HEAD_PERIOD, rows)
    return b


@variant(
    "fq08-calamus-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an annual "
    "area above the period's, a completion date two years after the start",
)
def fq08() -> Book:
    b, s = start()
    text = "修复雁汊湖北岸湖岸2.4公里，种植菖蒲200亩，建成科普步道1条。"
    goals = [text, mk(text, "D204", "warning", note="三年期项目，年度目标与中期目标逐字相同")]
    end = mk(day(YEAR + 1, 12, 31), "Y101", "error", alt=("Y102", "Y103"),
             note="项目期3年（2025年—2027年），计划完成日期却是2026年")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="雁汊湖北岸菖蒲湿地修复项目", dept=DEPT,
                 unit=CENTRE, money=period_money((360, 300, 60), (120, 100, 20)),
                 goals=goals, end=end, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "湖岸修复长度", "≥2.4公里", "≥0.8公里"),
        (None, None, "菖蒲种植面积", "≥200亩",
         mk("≥260亩", "D201", "error", note="年度260亩大于实施期200亩")),
        (None, None, "科普步道", "=1条", ok("=1条", note="一座步道首年建成，两列相同可接受")),
        (None, "质量指标", "菖蒲成活率", "≥85%", "≥85%"),
        ("成本指标", "经济成本指标", "每公里修复成本", "≤150万元/公里", "≤150万元/公里"),
        ("效益指标", "生态效益指标", "湖岸带植被覆盖率", "≥70%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD_PERIOD, rows)
    return b


@variant(
    "fq09-calamus-one-year-equal",
    (8, 1),
    "one-year project with 中期 and 年度 columns and goals legitimately identical, typed percents, "
    "a later year the work prepares for (correct)",
)
def fq09() -> Book:
    b, s = start()
    text = "2025年培育菖蒲种苗15万株，其中供本县湖岸修复12万株，为2026年在雁汊湖推广积累种苗。"
    project_head(s, year=YEAR, name="菖蒲种苗培育项目", dept=DEPT, unit=CENTRE,
                 money=period_money((30, 25, 5), (30, 25, 5)), goals=[text, text],
                 attr="一次性项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "菖蒲种苗培育量", "≥15万株", "≥15万株"),
        (None, None, "供本县湖岸修复种苗", "≥12万株", "≥12万株"),
        (None, "质量指标", "种苗出圃合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "出圃完成时间", "10月31日前", "10月31日前"),
        ("成本指标", "经济成本指标", "每万株培育成本", "≤2万元", "≤2万元"),
        ("效益指标", "可持续影响指标", "本地种苗自给率", pct(0.8), pct(0.8)),
        ("满意度指标", "服务对象满意度指标", "用苗单位满意度", "≥90%", "≥90%"),
    ]
    indicators(s, HEAD_PERIOD, rows)
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "fq10-wetland-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), weights adding to "
    "100, tasks adding to 项目支出 (correct)",
)
def fq10() -> Book:
    b, s = start()
    tasks = [
        ("菖蒲湿地补植", "鹭汀湖东岸补植菖蒲80亩", wan(60), "成活率85%以上"),
        ("湖岸巡护", "全年巡护湖岸22公里", wan(40), "每月巡护不少于4次"),
        ("湿地科普", "湿地科普活动12场", wan(30), "受众3000人次"),
        ("金额合计", None, wan(130), None),
    ]
    department_head(s, year=YEAR, dept=CENTRE, tasks=tasks,
                    budget=[(wan(320), wan(280), wan(40), wan(190), wan(130))],
                    goal="补植菖蒲80亩，巡护湖岸22公里，开展科普活动12场。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("菖蒲补植面积", 20, "亩", "≥", 80),
        ("湖岸巡护次数", 15, "次", "≥", 48),
        ("湿地科普活动", 15, "场", "≥", 12),
        ("补植菖蒲成活率", 15, "%", "≥", pct(0.85)),
        ("湿地违法占用案件", 10, "起", "≤", 2),
        ("湖岸带植被覆盖率", 15, "%", "≥", pct(0.7)),
        ("公众满意度", 10, "%", "≥", pct(0.9)),
    ]
    indicators(s, FLAT, rows, merged=())
    sign(s, "韦蒲生", "0579-6121 9036", day(YEAR - 1, 11, 26))
    return b


@variant(
    "fq11-lakeshore-flat-defects",
    (3, 12),
    "department, flat list: tasks not adding to 金额合计, the goal's length against the "
    "indicator's, weights adding to 95",
)
def fq11() -> Book:
    b, s = start()
    total = mk(wan(90), "B102", "error", note="45 + 30 + 20 = 95 ≠ 金额合计90")
    tasks = [
        ("湖岸修复", "鹭汀湖南岸湖岸修复", wan(45), "修复湖岸2.5公里"),
        ("菖蒲种植", "南岸浅滩种植菖蒲", wan(30), "种植菖蒲60亩"),
        ("水质监测", "湖岸带水质季度监测", wan(20), "监测4次"),
        ("金额合计", None, total, None),
    ]
    department_head(s, year=YEAR, dept="菰湾县鹭汀湖管理所", tasks=tasks,
                    budget=[(wan(240), wan(200), wan(40), wan(150), wan(90))],
                    goal="修复鹭汀湖南岸湖岸2.5公里，种植菖蒲60亩，开展水质监测4次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("湖岸修复长度", 30, "公里", "≥",
         mk(3, "D104", "warning", row=True, note="年度总体目标和任务都写修复湖岸2.5公里")),
        ("菖蒲种植面积", 20, "亩", "≥", 60),
        ("水质监测次数", 15, "次", "≥", 4),
        ("菖蒲成活率", 15, "%", "≥", pct(0.85)),
        ("周边居民满意度", 15, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    indicators(s, FLAT, rows, merged=())
    b.file_mark("W101", "error", note="权重 30+20+15+15+15 = 95，应为100")
    return b


@variant(
    "fq12-lakeshore-department-tiers",
    (12, 4),
    "department, NAT-2021 tiers with 注 and 说明 rows under the table: 资金总额 ≠ 基本支出 + "
    "项目支出, one indicator twice, a satisfaction rate under 社会效益",
)
def fq12() -> Book:
    b, s = start()
    tasks = [
        ("湖岸巡护", "雁汊湖、鹭汀湖湖岸巡护", wan(70), "全年巡护48次"),
        ("菖蒲带养护", "菖蒲带补植与收割", wan(60), "养护菖蒲带150亩"),
        ("湖岸设施维修", "步道、护栏维修", wan(40), "维修步道3公里"),
        ("金额合计", None, wan(170), None),
    ]
    total = mk(wan(410), "B101", "error", note="基本支出230 + 项目支出170 = 400 ≠ 410")
    department_head(s, year=YEAR, dept="菰湾县湖泊管护站", tasks=tasks,
                    budget=[(total, wan(360), wan(50), wan(230), wan(170))],
                    goal="全年巡护湖岸48次，养护菖蒲带150亩，维修湖岸步道3公里。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "湖岸巡护次数", "≥48次"),
        (None, None, "菖蒲带养护面积", "≥150亩"),
        (None, None, "湖岸步道维修长度", "≥3公里"),
        (None, "质量指标", "湖岸巡护次数",
         mk("≥48次", "D101", "warning", row=True, alt=("D103", "F201"),
            note="与数量指标下的同名指标重复")),
        (None, None, "设施维修验收合格率", "=100%"),
        ("成本指标", "经济成本指标", "每次巡护成本", "≤1.4万元"),
        ("效益指标", "社会效益指标", "沿湖居民满意度",
         mk("≥90%", "F201", "warning", row=True, alt=("F105",),
            note="满意度指标填在社会效益下")),
        (None, "生态效益指标", "菖蒲带水体透明度", "≥60厘米"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    note(s, "注：巡护次数按每月4次计。", 4)
    note(s, "说明：本表金额单位为万元。", 4)
    b.file_mark("F106", "error", required=False, note="满意度指标缺失，因满意度率填在社会效益下")
    return b
