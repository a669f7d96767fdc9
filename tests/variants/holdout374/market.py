"""The market for paper-cuts and New Year prints: multi-year projects, points and department
money (vt13–vt18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout374.common import (
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout374.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "vt13-market-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: counts lower in the year, rates and "
    "unit costs equal in both (correct)",
)
def vt13() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="鹤坪区非遗剪纸年画市集培育项目",
        dept="鹤坪区商务局（208040）",
        unit="鹤坪区非遗市集运营中心",
        money=multi_year((300, 240, 60), (100, 80, 20)),
        goals=[
            "三年举办剪纸年画市集60场，培育固定摊主120户，形成市集品牌。",
            "2025年举办市集20场，培育固定摊主40户，客流6万人次。",
        ],
    )
    header(s, *PERIOD)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "举办市集场次", "≥60场", "≥20场"),
            (None, None, "培育固定摊主户数", "≥120户", "≥40户"),
            (None, "质量指标", "摊位商品抽检合格率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "每场市集运营成本", "≤2万元/场", "≤2万元/场"),
            ("效益指标", "经济效益指标", "市集客流人次", "≥180000人次", "≥60000人次"),
            (None, "可持续影响指标", "摊主次年续租率", "≥70%", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "摊主满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "vt14-market-multi-year-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into the "
    "year, one annual count above its period count",
)
def vt14() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=2025,
        years=3,
        name="云梓市年画文创市场开拓项目",
        dept="云梓市文化广电旅游局（311004）",
        unit="云梓市年画艺术中心",
        money=multi_year((210, 180, 30), (70, 60, 10)),
        goals=[
            "三年开发年画文创产品60款，开设年画专卖店9家，进入3个省外展会。",
            "2025年开发年画文创产品20款，开设专卖店3家，参展1个。",
        ],
    )
    header(s, *PERIOD)
    indicators(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "开发年画文创产品款数",
                "≥60款",
                mk("≥65款", "D201", "error", note="年度款数65大于三年合计60"),
            ),
            (
                None,
                None,
                "开设年画专卖店家数",
                "≥9家",
                mk("≥9家", "D202", "warning", note="三年累计数照抄到年度，与年度目标3家不符"),
            ),
            (
                None,
                None,
                "参加省外展会个数",
                "≥3个",
                mk("≥3个", "D202", "warning", note="三年累计数照抄到年度，与年度目标1个不符"),
            ),
            (None, "质量指标", "文创产品打样合格率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "每款文创产品开发成本", "≤1万元/款", "≤1万元/款"),
            ("效益指标", "经济效益指标", "年画文创销售额", "≥300万元", "≥80万元"),
            ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%", "≥90%"),
        ],
    )
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "vt15-market-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "a share raised in 百分点 (correct)",
)
def vt15() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=2025,
        name="枫渡县剪纸电商直播带货项目",
        dept="枫渡县商务局（415020）",
        unit="枫渡县电子商务服务中心",
        money=one_year(80, 70, 10),
        goals=["培训剪纸艺人直播带货100人，开展直播200场，线上占比提高5个百分点。"],
    )
    header(s, *POINTS)
    indicators(
        s,
        [
            ("产出指标", 40, "数量指标", "培训直播艺人人数", "≥100人", 15),
            (None, None, None, "开展直播场次", "≥200场", 15),
            (None, None, "质量指标", "直播商品退货率", "≤5%", 10),
            ("成本指标", 20, "经济成本指标", "每场直播平均成本", "≤0.3万元/场", 20),
            ("效益指标", 30, "经济效益指标", "剪纸线上销售额占比提高", "≥5百分点", 15),
            (None, None, "社会效益指标", "带动艺人增收户数", "≥60户", 15),
            ("满意度指标", 10, "服务对象满意度指标", "参训艺人满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    notes(s, "注：一级指标分值与三级指标分值均合计100分，按三级指标计分。")
    return b


@variant(
    "vt16-market-points-wrong",
    (10, 11),
    "project, NAT-2021, tier-1 score column against indicator scores: two tiers do not "
    "match their indicators; a 空置率 with ≥",
)
def vt16() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=2025,
        name="柘塘镇年画一条街摊位改造项目",
        dept="柘塘镇人民政府（520311）",
        unit="柘塘镇市场服务中心",
        money=one_year(90, 75, 15),
        goals=["改造年画一条街摊位60个，摊位空置率控制在8%以内。"],
    )
    header(s, *POINTS)
    indicators(
        s,
        [
            (
                "产出指标",
                mk(40, "W103", "error", note="产出40分，其下15 + 15 + 15 = 45分"),
                "数量指标",
                "改造摊位个数",
                "≥60个",
                15,
            ),
            (None, None, None, "新增年画经营户数", "≥20户", 15),
            (None, None, "质量指标", "改造工程验收合格率", "≥95%", 15),
            ("成本指标", 20, "经济成本指标", "每个摊位改造成本", "≤1.4万元/个", 20),
            (
                "效益指标",
                mk(30, "W103", "error", note="效益30分，其下只有25分"),
                "经济效益指标",
                "年画一条街摊位空置率",
                mk("≥8%", "T108", "warning", row=True, note="空置率是反向指标，比较符却是≥"),
                25,
            ),
            ("满意度指标", 10, "服务对象满意度指标", "经营户满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "vt17-market-department-money",
    (12, 1),
    "department, NAT-2021: budget with typed-percent shares, key tasks adding to 项目支出, "
    "fill date in the year before (correct)",
)
def vt17() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2025,
        dept="鹤坪区非物质文化遗产保护中心",
        filled=day(2024, 11, 18),
        budget=[
            (wan(400), wan(320), wan(80), wan(250), wan(150)),
            (pct(1), pct(0.8), pct(0.2), pct(0.625, "0.0%"), pct(0.375, "0.0%")),
        ],
        tasks=[
            ("剪纸传承", "传承人带徒和进校园", wan(60), "带徒30人"),
            ("年画市集", "春节年画市集和展销", wan(50), "市集10场"),
            ("非遗展陈", "剪纸年画常设展更新", wan(40), "更新展品200件"),
            ("金额合计", None, wan(150), None),
        ],
        goal="传承人带徒30人，举办年画市集10场，更新剪纸年画展品200件。",
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "传承人带徒人数", "≥30人"),
            (None, None, "年画市集场次", "≥10场"),
            (None, None, "更新展品件数", "≥200件"),
            (None, "时效指标", "展陈更新完成时间", "2025年9月30日前"),
            ("成本指标", "经济成本指标", "每场市集补助标准", "≤5万元/场"),
            ("效益指标", "社会效益指标", "展馆全年参观人次", "≥80000人次"),
            (None, None, "剪纸年画安全事故发生起数", "0起"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
        ],
    )
    sign(s, "季雨桐", "0739-6625073", 2024, 11, 18)
    return b


@variant(
    "vt18-market-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
    "amount, key tasks not adding to 金额合计",
)
def vt18() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="枫渡县年画研究院",
        budget=[
            (
                mk(wan(360), "B101", "error", note="基本支出220 + 项目支出150 = 370，不是360"),
                wan(300),
                wan(60),
                wan(220),
                wan(150),
            ),
            (
                pct(1),
                mk(pct(0.8), "B111", "error", note="300 ÷ 360 = 83.3%，不是80%"),
                pct(0.167, "0.0%"),
                pct(0.611, "0.0%"),
                pct(0.417, "0.0%"),
            ),
        ],
        tasks=[
            ("年画研究", "整理年画谱系资料", wan(60), "出版图录1部"),
            ("年画培训", "年画刻版印制培训", wan(50), "培训200人次"),
            ("年画推广", "年画进商场展销", wan(30), "展销8场"),
            (
                "金额合计",
                None,
                mk(wan(150), "B102", "error", note="60 + 50 + 30 = 140，不是150"),
                None,
            ),
        ],
        goal="出版年画图录1部，培训年画刻印200人次，进商场展销8场。",
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "出版年画图录部数", "≥1部"),
            (None, None, "刻版印制培训人次", "≥200人次"),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            ("成本指标", "经济成本指标", "人均培训成本", "≤0.25万元/人次"),
            ("效益指标", "社会效益指标", "年画展销观众人次", "≥20000人次"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
        ],
    )
    return b
