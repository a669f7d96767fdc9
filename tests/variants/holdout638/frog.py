"""Returns fx07–fx12: 石蛙保种 (棘胸蛙、棘腹蛙 germplasm conservation and 扩繁)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout638.common import start, table
from tests.variants.holdout638.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok

FROG = "鹭湾县林业和水产资源保护中心（312015）"
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "fx07-frog-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, the period's counts above the "
    "year's, a later year the work prepares for (correct)",
)
def frog_period() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="棘胸蛙地方种群保种场建设",
        dept=FROG,
        unit="云岫山石蛙保种场",
        money=[
            ("中期资金总额", money(180), "年度资金总额", money(60)),
            ("其中：财政拨款", money(150), "其中：财政拨款", money(50)),
            ("其他资金", money(30), "其他资金", money(10)),
        ],
        goals=[
            "保存棘胸蛙地方种群3个，累计建设保种池100口，核心群种蛙累计3000只，"
            "为2028年起向周边县供种打下基础。",
            "建成保种池40口，保存种群3个，核心群种蛙1000只。",
        ],
    )
    table(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "保存棘胸蛙地方种群",
                "≥3个",
                ok("≥3个", note="populations kept is a state, not a cumulative count"),
            ),
            (None, None, "建设保种池", "≥100口", "≥40口"),
            (None, None, "核心群种蛙", "≥3000只", "≥1000只"),
            (None, "质量指标", "种蛙存活率", "≥90%", "≥90%"),
            (None, "时效指标", "保种任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "种蛙饲养成本", "≤150元/只", "≤150元/只"),
            ("效益指标", "可持续影响指标", "建立种群种质档案", "≥3份", "≥1份"),
            (None, "生态效益指标", "保种区溪流水质达标率", "=100%", "=100%"),
            ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%", "≥90%"),
        ],
        head=PERIOD,
    )
    return b


@variant(
    "fx08-frog-copied-columns",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, two "
    "cumulative counts copied from 中期",
)
def frog_copied_columns() -> Book:
    b, s = start()
    goal = "收集棘腹蛙野生种源600只，建设保种池90口，建立种蛙系谱档案。"
    project_head(
        s,
        year=2025,
        years=3,
        name="棘腹蛙种质资源收集与保种",
        dept=FROG,
        unit="翠屏乡石蛙养殖专业合作社",
        money=[
            ("中期资金总额", money(150), "年度资金总额", money(50)),
            ("其中：财政拨款", money(120), "其中：财政拨款", money(40)),
            ("其他资金", money(30), "其他资金", money(10)),
        ],
        goals=[
            goal,
            mk(
                goal,
                "D204",
                "warning",
                note="the 年度目标 repeats the three-year goal word for word",
            ),
        ],
    )
    table(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "收集野生种源",
                "≥600只",
                mk("≥600只", "D202", "warning", note="the period's cumulative count copied"),
            ),
            (
                None,
                None,
                "建设保种池",
                "≥90口",
                mk("≥90口", "D202", "warning", note="the period's cumulative count copied"),
            ),
            (None, "质量指标", "种源检疫合格率", "=100%", "=100%"),
            (None, "时效指标", "种源收集完成时间", "2027年10月31日前", "2025年10月31日前"),
            ("成本指标", "经济成本指标", "种源收集补助标准", "≤200元/只", "≤200元/只"),
            ("效益指标", "生态效益指标", "野外种群监测样点", "≥12个", "≥4个"),
            ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%", "≥90%"),
        ],
        head=PERIOD,
    )
    return b


@variant(
    "fx09-frog-cost-over",
    (12,),
    "project, OLD-NAT, one value column: a feeding standard × the stock above the year's "
    "money, a survival rate given as a count",
)
def frog_cost_over() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="石蛙保种场种蛙饲养管护",
        dept=FROG,
        unit="云岫山石蛙保种场",
        money=[("年度资金总额", money(45, WAN), "其中：财政拨款", money(45, WAN))],
        goals=["按每只300元标准饲养管护保种种蛙2000只，越冬成活1800只以上。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "饲养管护保种种蛙", "≥2000只"),
            (
                None,
                "质量指标",
                "种蛙越冬成活率",
                mk("≥1800只", "T105", "error", note="a rate given as a count"),
            ),
            (None, "时效指标", "越冬管护完成时间", "2025年3月31日前"),
            (
                None,
                "成本指标",
                "种蛙饲养补助标准",
                mk(
                    "≤300元/只",
                    "B107",
                    "warning",
                    row=True,
                    note="300元 × 2000只 = 60万元, above the 45万元 of the year",
                ),
            ),
            ("效益指标", "生态效益指标", "保种种群遗传多样性", "保持稳定"),
            ("满意度指标", "服务对象满意度指标", "保种场职工满意度", "≥85%"),
        ],
    )
    return b


@variant(
    "fx10-frog-department",
    (12,),
    "department, NAT-2021: budget, key tasks adding to 项目支出, a goal count with its "
    "parts in brackets, a 发生率 with ≤ (correct)",
)
def frog_department() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2025,
        dept="鹭湾县林业和水产资源保护中心",
        budget=[(money(260), money(240), money(20), money(180), money(80))],
        tasks=[
            ("石蛙种质保存", "棘胸蛙、棘腹蛙保种群饲养", money(50), "保存种群3个"),
            ("野外种源调查", "溪流样线调查与监测", money(30), "调查样线12条"),
            ("金额合计", None, money(80), None),
        ],
        goal="保存石蛙地方种群3个（棘胸蛙2个、棘腹蛙1个），完成野外种源调查样线12条，"
        "保种区蛙病发生率控制在5%以内。",
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "保存石蛙地方种群", "=3个"),
            (None, None, "其中棘胸蛙种群", "=2个"),
            (None, None, "野外种源调查样线", "≥12条"),
            (None, "质量指标", "保种区蛙病发生率", "≤5%"),
            (None, "时效指标", "种源调查完成时间", "2025年9月30日前"),
            ("成本指标", "经济成本指标", "样线调查单价", "≤2万元/条"),
            ("效益指标", "生态效益指标", "保种溪段水质达标率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
        ],
        label="年度绩效指标",
    )
    return b


@variant(
    "fx11-frog-last-year",
    (12,),
    "project, NAT-2021: plan dates left from last year under a 2025 title, last year's count "
    "in an indicator, a satisfaction rate under 社会效益",
)
def frog_last_year() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="石蛙人工扩繁与供种",
        dept=FROG,
        unit="翠屏乡石蛙扩繁基地",
        start=mk(
            day(2024, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="plan dates 2024 under the 2025 title",
        ),
        end=day(2024, 12, 31),
        money=[
            ("年度资金总额", money(70), "其中：财政拨款", money(55)),
            ("其他资金", money(15), None, None),
        ],
        goals=["扩繁石蛙种苗50万只，向合作社供应种蛙1500只，带动农户30户。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "扩繁石蛙种苗", "≥50万只"),
            (
                None,
                None,
                "向合作社供应种蛙",
                mk(
                    "≥1200只",
                    "D104",
                    "warning",
                    row=True,
                    note="the goal says 1500只 (last year's figure)",
                ),
            ),
            (None, "质量指标", "种苗出池合格率", "≥90%"),
            (None, "时效指标", "供种完成时间", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "种苗扩繁成本", "≤1元/只"),
            ("效益指标", "社会效益指标", "带动农户", "≥30户"),
            (
                None,
                None,
                mk(
                    "合作社满意度",
                    "F201",
                    "warning",
                    row=True,
                    note="a satisfaction rate under 社会效益指标",
                ),
                "≥90%",
            ),
            ("满意度指标", "服务对象满意度指标", "购苗农户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "fx12-frog-second-sheet",
    (7,),
    "project, NAT-2021: head on the first sheet, the table on a second sheet under 预期实现值 "
    "with a unit column and weights adding to 100 (correct)",
)
def frog_second_sheet() -> Book:
    b, s = start("项目基本信息")
    project_head(
        s,
        year=2025,
        name="石蛙保种种质鉴定",
        dept=FROG,
        unit="云岫山石蛙保种场",
        money=[
            ("年度资金总额", money(36), "其中：财政拨款", money(30)),
            ("其他资金", money(6), None, None),
        ],
        goals=["完成石蛙保种群种质鉴定400份，建立分子标记档案1套。"],
    )
    t = b.sheet("绩效指标", (14, 18, 26, 14, 10, 10))
    t.title("石蛙保种种质鉴定绩效指标", 6)
    table(
        t,
        [
            ("产出指标", "数量指标", "种质鉴定样本", "≥400", "份", 20),
            (None, None, "分子标记档案", "=1", "套", 10),
            (None, "质量指标", "鉴定结果复核一致率", "≥95", "%", 10),
            (None, "时效指标", "鉴定报告提交时间", "≤2025年10月31日", None, 10),
            ("成本指标", "经济成本指标", "单份样本鉴定费", "≤750", "元/份", 10),
            ("效益指标", "可持续影响指标", "保种群系谱清晰度", "显著提高", None, 20),
            ("满意度指标", "服务对象满意度指标", "保种场技术人员满意度", "≥90", "%", 20),
        ],
        head=("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位", "权重"),
    )
    return b
