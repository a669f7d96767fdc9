"""热带经济林 (椰子、咖啡、槟榔、沉香): six returns (ge13–ge18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout645.common import IND6, MID6, YEAR, book, funds, note, sign, table, w
from tests.variants.holdout645.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

FORESTRY = "蓬湾市林业局（109）"


@variant(
    "ge13-forest-points",
    (5, 10),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 90, "
    "a 结香率 raised in 百分点, seedlings × price within the money (correct)",
)
def ge13() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="低效椰子林改造提升项目",
        dept=FORESTRY,
        unit="蓬湾市椰林湾林场",
        money=funds((150, 120, 30), (150, 120, 30)),
        goals=[
            "改造低效椰子林600亩，补植椰苗9000株（每亩15株），林下试种沉香，"
            "结香率较上年提高3个百分点。"
        ],
    )
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("产出指标（40分）", 40, "数量指标", "低效椰子林改造面积", "≥600亩", 15),
            (None, None, None, "补植椰苗数", "≥9000株", 10),
            (None, None, "质量指标", "补植苗木成活率", "≥90%", 10),
            (None, None, "时效指标", "补植完成时间", "2026年9月30日前", 5),
            ("成本指标（20分）", 20, "经济成本指标", "椰苗单价", "≤0.01万元/株", 10),
            (None, None, None, "亩均改造成本", "≤0.25万元/亩", 10),
            ("效益指标（20分）", 20, "经济效益指标", "沉香结香率提高", "≥3百分点", 10),
            (None, None, "生态效益指标", "林分郁闭度", "≥0.6", 10),
            ("满意度指标（10分）", 10, "服务对象满意度指标", "林场职工满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    note(s, "注：一级指标分值与三级指标分值为同一套分数的两级，合计均为90分，预算执行率10分另计。")
    sign(s, "梁晓椰", "0898-6905 3317")
    return b


@variant(
    "ge14-forest-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: an instruction row inside the table, the "
    "header repeated after a page break, footnotes, signature and a fill date in the year "
    "before (correct)",
)
def ge14() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="咖啡林提质增效示范项目",
        dept="澄沙县农业农村局（217）",
        unit="澄沙县咖啡产业发展中心",
        money=funds((80, 65, 15), (80, 65, 15)),
        goals=["对咖啡林1000亩实施修剪复壮和测土施肥，建设加工示范点2个，示范区亩产鲜果提高15%。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位", "备注")
    s.row(*head)
    note(s, "填表说明：三级指标可根据项目实际增减，指标值须可量化、可考核。")
    s.table(
        [
            ("产出指标", "数量指标", "咖啡林修剪复壮面积", "≥1000亩", "亩", None),
            (None, None, "加工示范点建设数", "≥2个", "个", None),
            (None, "质量指标", "测土配方施肥覆盖率", "≥95%", "%", None),
        ],
        merged=(1, 2),
    )
    s.row(*head)
    s.table(
        [
            ("产出指标", "时效指标", "修剪复壮完成时间", "2026年4月30日前", None, "采果后进行"),
            (None, "成本指标", "亩均修剪施肥成本", "≤0.06万元/亩", "万元/亩", "1000亩计60万元"),
            ("效益指标", "经济效益指标", "示范区鲜果亩产增长率", "≥15%", "%", None),
            ("满意度指标", "服务对象满意度指标", "咖啡种植户满意度", "≥90%", "%", None),
        ],
        merged=(1, 2),
    )
    note(s, "注：1. 示范区亩产以2025年测产数据为基数；2. 加工示范点建设费20万元含在资金总额内。")
    sign(s, "羊思远", "0898-6231 7790", day(YEAR - 1, 11, 6))
    return b


@variant(
    "ge15-forest-export",
    (7, 12),
    "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出绩效"
    "目标05-2 with the header on the third row, project codes in the first columns, two "
    "projects (correct)",
)
def ge15() -> Book:
    b, s = book("部门项目支出预算05-1")
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("460926-26-0031", "槟榔黄化病综合防控", w(130), w(110), w(20))
    s.row("460926-26-0032", "热带经济林良种苗圃建设", w(70), w(70), w(0))
    s.row("合计", None, w(200), w(180), w(20))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 24, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：槟岭县林业局")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    pa, pb = ("460926-26-0031", "槟榔黄化病综合防控"), ("460926-26-0032", "热带经济林良种苗圃建设")
    t.table(
        [
            (*pa, "产出指标", "数量指标", "黄化病防控面积", "≥", 12000, "亩"),
            (*pa, "产出指标", "质量指标", "病株清除率", "≥", pct(0.95), "%"),
            (*pa, "产出指标", "成本指标", "亩均防控成本", "≤", 0.01, "万元/亩"),
            (*pa, "效益指标", "生态效益指标", "黄化病新发病率", "≤", pct(0.03), "%"),
            (*pa, "满意度指标", "服务对象满意度指标", "槟榔种植户满意度", "≥", pct(0.9), "%"),
            (*pb, "产出指标", "数量指标", "出圃良种苗木", "≥", 60000, "株"),
            (*pb, "产出指标", "时效指标", "苗圃建成时间", "≤", "2026年6月30日", None),
            (*pb, "产出指标", "成本指标", "良种苗木单价", "≤", 8, "元/株"),
            (*pb, "效益指标", "可持续影响指标", "苗圃持续供苗年限", "≥", 5, "年"),
            (*pb, "满意度指标", "服务对象满意度指标", "用苗单位满意度", "≥", pct(0.9), "%"),
        ]
    )
    return b


@variant(
    "ge16-forest-dates",
    (7, 11),
    "project, OLD-NAT, one value column: a 计划完成日期 before the start, a deadline in the "
    "following year for a one-year project, a year two seasons old in the 年度目标",
)
def ge16() -> Book:
    b, s = book()
    end = mk(
        day(YEAR - 1, 12, 31),
        "Y104",
        "error",
        alt=("Y101", "Y102"),
        note="计划完成日期2025-12-31早于开始日期2026-01-01",
    )
    project_head(
        s,
        year=YEAR,
        name="沉香林下套种与结香试验项目",
        dept=FORESTRY,
        unit="蓬湾市沉香研究所",
        money=funds((66, 56, 10), (66, 56, 10)),
        end=end,
        goals=[
            mk(
                "2024年在沉香林下套种益智200亩，开展通体结香试验300株。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="2026年度项目，年度目标的年份是2024年",
            )
        ],
    )
    table(
        s,
        IND6,
        [
            ("产出指标", "数量指标", "林下套种益智面积", "≥200亩", "亩", None),
            (None, None, "结香试验株数", "≥300株", "株", None),
            (None, "质量指标", "结香试验株成活率", "≥85%", "%", None),
            (
                None,
                "时效指标",
                "试验验收完成时间",
                mk(
                    "2027年3月31日前",
                    "Y102",
                    "error",
                    row=True,
                    alt=("Y101",),
                    note="一年期项目的期限落在下一年",
                ),
                None,
                None,
            ),
            (None, "成本指标", "单株结香试验费", "≤0.1万元/株", "万元/株", "300株计30万元"),
            ("效益指标", "经济效益指标", "林下套种亩均收益", "≥1200元/亩", "元/亩", None),
            ("满意度指标", "服务对象满意度指标", "合作林农满意度", "≥90%", "%", None),
        ],
    )
    sign(s, "梁晓椰", "0898-6905 3317")
    return b


@variant(
    "ge17-forest-dept-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 short of 资金总额, key tasks short of their "
    "金额合计, the goal's 5000亩 given as 4000亩 in the indicator",
)
def ge17() -> Book:
    b, s = book()
    total = mk(w(680), "B101", "error", row=True, note="基本支出260 + 项目支出400 = 660 ≠ 680")
    department_head(
        s,
        year=YEAR,
        dept="槟岭县热带经济林发展中心",
        budget=[[total, w(600), w(80), w(260), w(400)]],
        tasks=[
            ["低效经济林改造", "改造低效槟榔、椰子林", w(150), "改造5000亩"],
            ["良种苗圃运营", "槟榔、咖啡良种育苗", w(120), "出圃苗木8万株"],
            ["病虫害监测", "布设监测点并定期调查", w(110), "监测点40个"],
            [
                "金额合计",
                None,
                mk(w(400), "B102", "error", note="150 + 120 + 110 = 380 ≠ 400"),
                None,
            ],
        ],
        goal="改造低效经济林5000亩，出圃良种苗木8万株，建成病虫害监测点40个。",
    )
    table(
        s,
        IND6,
        [
            (
                "产出指标",
                "数量指标",
                "低效经济林改造面积",
                mk("≥4000亩", "D104", "warning", row=True, note="年度总体目标和任务都写5000亩"),
                "亩",
                None,
            ),
            (None, None, "出圃良种苗木", "≥8万株", "万株", None),
            (None, None, "病虫害监测点", "≥40个", "个", None),
            (None, "时效指标", "改造任务完成时间", "2026年11月30日前", None, None),
            ("成本指标", "经济成本指标", "亩均改造成本", "≤0.03万元/亩", "万元/亩", None),
            ("效益指标", "可持续影响指标", "监测数据共享单位", "≥5家", "家", None),
            ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%", "%", None),
        ],
    )
    return b


@variant(
    "ge18-forest-multi-year",
    (8, 12),
    "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: 年度资金 above 中期资金, "
    "a year's nursery count above the period's",
)
def ge18() -> Book:
    b, s = book("绩效目标表")
    annual = mk(w(210), "B103", "error", note="年度资金210万元大于两年的中期资金180万元")
    project_head(
        s,
        year=YEAR,
        years=2,
        name="咖啡良种繁育基地建设项目",
        dept="澄沙县农业农村局（217）",
        unit="澄沙县咖啡产业发展中心",
        money=[
            ["中期资金总额", w(180), "年度资金总额", annual],
            ["其中：财政拨款", w(150), "其中：财政拨款", w(180)],
            ["其他资金", w(30), "其他资金", w(30)],
        ],
        goals=[
            "两年建成咖啡良种繁育基地1处、采穗圃2个，累计出圃良种苗40万株。",
            "2026年建成繁育基地主体和采穗圃1个，出圃良种苗15万株。",
        ],
    )
    table(
        s,
        MID6,
        [
            (
                "产出指标",
                "数量指标",
                "良种繁育基地",
                "=1处",
                ok("=1处", note="基地首年建成，两列相同合理"),
                "处",
            ),
            (None, None, "采穗圃建设数", "≥2个", "≥1个", "个"),
            (
                None,
                None,
                "出圃良种苗",
                "≥40万株",
                mk(
                    "≥45万株",
                    "D201",
                    "error",
                    alt=("D104",),
                    note="一年出圃数大于两年累计40万株，也不合年度目标的15万株",
                ),
                "万株",
            ),
            (None, "质量指标", "出圃苗合格率", "≥95%", "≥95%", "%"),
            (None, "时效指标", "基地主体完工时间", "2026年10月31日前", "2026年10月31日前", None),
            ("成本指标", "经济成本指标", "单株育苗成本", "≤1.5元/株", "≤1.5元/株", "元/株"),
            (
                "效益指标",
                "可持续影响指标",
                "良种苗年供应能力",
                "≥20万株",
                ok("≥20万株", note="年供应能力不是累计数"),
                "万株",
            ),
            ("满意度指标", "服务对象满意度指标", "用苗农户满意度", "≥90%", "≥90%", "%"),
        ],
    )
    sign(s, "羊思远", "0898-6231 7790")
    return b
