"""部门整体 tables of the 184th held-out set: budget heads with key tasks, one or two value
columns (实施周期 and 年度), a unit column, weights (ol09, ol10, ol16, ol17)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout184.common import header, notes, wan
from tests.variants.holdout184.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "ol09-provincial-money-as-other",
    (12,),
    "department, NAT-2021, one value column, tasks adding to 项目支出, a 资金来源 line naming "
    "the 省级 money that the head carries as 其他资金 120 (correct)",
)
def ol09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 16))
    department_head(
        s,
        year=2026,
        dept="青岚市文化广电旅游局",
        budget=[(wan(1280), wan(1160), wan(120), wan(860), wan(420))],
        tasks=[
            (
                "公共文化服务体系运行",
                "送戏下乡、公共文化场馆免费开放",
                wan(180),
                "全年送戏下乡180场以上",
            ),
            ("文化遗产保护", "修缮市级文物保护单位", wan(120), "修缮市级文物保护单位4处"),
            ("全域旅游推广", "举办旅游推介活动", wan(120), "开展旅游推介活动12场"),
            ("金额合计", None, wan(420), None),
        ],
        goal="围绕公共文化服务、文化遗产保护和全域旅游推广三项重点工作，全年送戏下乡180场以上，"
        "修缮市级文物保护单位4处，开展旅游推介活动12场，群众文化活动满意度达到92%以上。",
    )
    s.row(
        "资金来源说明",
        "财政拨款1160.00万元为市本级预算安排；其他资金120.00万元为省级文化和旅游发展专项资金。",
        merge=[(2, 6)],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("成本指标", "经济成本指标", "文物保护修缮单处补助标准", "≤30万元/处", None),
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥180场", None),
            (None, None, "修缮市级文物保护单位", "≥4处", None),
            (None, None, "旅游推介活动", "≥12场", None),
            (None, "质量指标", "文物修缮工程验收合格率", "=100%", None),
            (None, None, "公共文化场馆免费开放达标率", "≥95%", None),
            (None, "时效指标", "文物修缮工程完工时间", "2026年11月30日前", None),
            ("效益指标", "社会效益指标", "公共文化场馆接待人次增长率", "≥5%", None),
            (None, "经济效益指标", "全市旅游综合收入增长率", "≥8%", None),
            (None, "可持续影响指标", "文化遗产保护长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥92%", None),
        ],
        merged=(1, 2),
    )
    notes(s, 6, "部门负责人：杜文渊      财务负责人：林婉清      填表人：彭子墨")
    return b


@variant(
    "ol10-repeat-across-tier2-count-in-name",
    (3, 8),
    "department, NAT-2021, 实施周期指标值 and 年度指标值 columns (one year, equal columns): a "
    "count in the name (培训500人次) with ≥600人次 as target, the same indicator and value "
    "under 社会效益 and 可持续影响",
)
def ol10() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 18, 18, 12))
    department_head(
        s,
        year=2026,
        dept="白沙河区人力资源和社会保障局",
        budget=[(wan(2350), wan(2350), wan(0), wan(1630), wan(720))],
        tasks=[
            ("职业技能提升培训", "开展职业技能提升培训", wan(260), "全年培训600人次以上"),
            ("公益性岗位补贴", "安置就业困难人员", wan(380), "安置就业困难人员150人"),
            ("劳动保障监察执法", "开展劳动保障监察专项检查", wan(80), "专项检查4次以上"),
            ("金额合计", None, wan(720), None),
        ],
        goal="全年开展职业技能提升培训600人次以上，安置就业困难人员公益性岗位150人，城镇登记"
        "失业率控制在3.5%以内，参训人员满意度达到90%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注")
    s.table(
        [
            (
                "成本指标",
                "经济成本指标",
                "职业技能培训人均补贴标准",
                "≤2000元/人次",
                "≤2000元/人次",
                None,
            ),
            (None, None, "公益性岗位月补贴标准", "≤2100元/人·月", "≤2100元/人·月", None),
            (
                "产出指标",
                "数量指标",
                "职业技能提升培训500人次",
                mk(
                    "≥600人次",
                    "T110",
                    "warning",
                    row=True,
                    alt=("D104",),
                    note="the name says 500人次, the target ≥600人次 (and the task 600)",
                ),
                "≥600人次",
                None,
            ),
            (None, None, "公益性岗位安置就业困难人员", "≥150人", "≥150人", None),
            (None, None, "劳动保障监察专项检查", "≥4次", "≥4次", None),
            (None, "质量指标", "培训合格率", "≥90%", "≥90%", None),
            (None, None, "公益性岗位补贴发放准确率", "100%", "100%", None),
            (None, "时效指标", "补贴资金发放及时率", "≥98%", "≥98%", None),
            ("效益指标", "社会效益指标", "城镇登记失业率", "≤3.5%", "≤3.5%", None),
            (None, None, "欠薪案件结案率", "≥95%", "≥95%", None),
            (None, None, "就业困难人员帮扶覆盖率", "≥95%", "≥95%", None),
            (
                None,
                "可持续影响指标",
                mk(
                    "就业困难人员帮扶覆盖率",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="the same indicator and value as under 社会效益指标",
                ),
                "≥95%",
                "≥95%",
                None,
            ),
            (None, None, "劳动者就业技能水平", "持续提升", "持续提升", None),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    notes(s, 6, "填表人：钟晓岚    联系电话：0591-88663857")
    return b


@variant(
    "ol16-department-unit-column-rates",
    (1, 3),
    "department, NAT-2021, 计量单位 column then 实施周期 and 年度 values with operators: a 合格率 "
    "of ≥95 with the unit 人, an 验收合格率 of ≥100 %; =0 起 on serious accidents",
)
def ol16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 12, 16, 16))
    department_head(
        s,
        year=2026,
        dept="青岚市应急管理局",
        budget=[(wan(1120), wan(1120), wan(0), wan(760), wan(360))],
        tasks=[
            ("应急救援培训演练", "组织应急救援队伍培训和综合演练", wan(110), "培训演练24场次"),
            ("安全生产执法检查", "重点行业企业执法检查", wan(90), "检查企业450家以上"),
            ("应急物资储备", "采购防汛抗旱、森林防灭火物资", wan(160), "9月底前完成储备"),
            ("金额合计", None, wan(360), None),
        ],
        goal="全年组织应急救援培训演练24场次，执法检查企业450家以上，按期完成应急物资储备，"
        "杜绝较大及以上生产安全事故，企业及群众满意度达到90%以上。",
        filled=day(2025, 11, 28),
    )
    header(s, "一级指标", "二级指标", "三级指标", "计量单位", "实施周期指标值", "年度指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "应急物资储备采购成本", "万元", "≤160", "≤160"),
            ("产出指标", "数量指标", "应急救援培训演练", "场次", "≥24", "≥24"),
            (None, None, "安全生产执法检查企业", "家", "≥450", "≥450"),
            (
                None,
                "质量指标",
                "应急救援人员培训考核合格率",
                "人",
                "≥95",
                mk(
                    "≥95",
                    "T105",
                    "error",
                    row=True,
                    alt=("D104",),
                    note="a 合格率 of 95 with the unit 人",
                ),
            ),
            (
                None,
                None,
                "应急物资入库验收合格率",
                "%",
                "≥100",
                mk("≥100", "T106", "error", row=True, note="≥100% on a 合格率"),
            ),
            (
                None,
                "时效指标",
                "应急物资储备采购完成时间",
                None,
                "2026年9月30日前",
                "2026年9月30日前",
            ),
            (None, None, "突发事件应急响应时间", "分钟", "≤30", "≤30"),
            ("效益指标", "社会效益指标", "较大及以上生产安全事故", "起", "=0", "=0"),
            (None, "可持续影响指标", "应急物资储备保障机制", None, "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "企业及群众满意度", "%", "≥90", "≥90"),
        ],
        merged=(1, 2),
    )
    notes(s, 6, "单位负责人：高振东    填表人：魏一凡    联系电话：0591-87304763")
    return b


@variant(
    "ol17-department-weights",
    (1, 10),
    "department, NAT-2021, one value column with percent cells and a 权重（分） column adding "
    "to 100, a per-person standard × people equal to the task's money (correct)",
)
def ol17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 16, 12, 16))
    department_head(
        s,
        year=2026,
        dept="临溪县民政局",
        budget=[(wan(1540), wan(1420), wan(120), wan(980), wan(560))],
        tasks=[
            ("特困人员供养", "特困人员集中供养", wan(300), "集中供养特困人员200人"),
            ("临时救助", "困难群众临时救助", wan(140), "临时救助900人次以上"),
            (
                "养老服务设施运营补贴",
                "对养老服务设施给予运营补贴",
                wan(120),
                "补贴养老服务设施16个",
            ),
            ("金额合计", None, wan(560), None),
        ],
        goal="保障特困人员基本生活，集中供养特困人员200人，临时救助困难群众900人次以上，"
        "支持16个养老服务设施运营，救助对象满意度达到92%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "权重（分）", "备注")
    s.table(
        [
            ("成本指标", "经济成本指标", "特困人员集中供养年人均标准", "≤1.5万元/人·年", 10, None),
            ("产出指标", "数量指标", "集中供养特困人员", "≥200人", 10, None),
            (None, None, "临时救助人次", "≥900人次", 10, None),
            (None, None, "运营补贴养老服务设施", "≥16个", 10, None),
            (None, "质量指标", "救助对象认定准确率", "≥98%", 10, None),
            (None, "时效指标", "临时救助审批办结时限", "≤5个工作日", 10, None),
            ("效益指标", "社会效益指标", "特困人员基本生活保障率", pct(1.0), 15, None),
            (None, None, "困难群众救助政策知晓率", "≥90%", 5, None),
            (None, "可持续影响指标", "社会救助长效机制", "健全", 10, None),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥92%", 10, None),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    notes(s, 6, "注：其他资金为单位事业收入。", "填表人：章慕白    联系电话：0576-84015396")
    return b
