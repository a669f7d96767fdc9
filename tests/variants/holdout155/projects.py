"""One-year project tables of veterans' affairs, the disabled persons' federation and mass
organisations: ni01–ni07 and ni18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout155.common import line, money_rows, signature, wan
from tests.variants.holdout155.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ni01-pension-subsidy",
    (1, 11),
    "project, NAT-2021, one value column, operators inside the values, 万元 in the number format",
)
def ni01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="澄岭县重点优抚对象定期抚恤补助", dept="澄岭县退役军人事务局（318001）",
        unit="澄岭县退役军人事务局", attr="常年项目",
        money=money_rows((486.40, 486.40, 0), (486.40, 486.40, 0)),
        goals=["按规定标准为全县1260名重点优抚对象按月足额发放定期抚恤补助，春节期间走访慰问优抚对象，"
               "保障优抚对象生活水平不低于当地居民平均生活水平。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("成本指标", "经济成本指标", "重点优抚对象人均年补助标准", "≤3860元/人"),
            ("产出指标", "数量指标", "定期抚恤补助发放人数", "≥1260人"),
            (None, None, "春节走访慰问优抚对象户数", "≥300户"),
            (None, "质量指标", "补助资金发放准确率", "100%"),
            (None, "时效指标", "补助资金按月发放及时率", "≥98%"),
            ("效益指标", "社会效益指标", "优抚对象生活水平", "提高"),
            (None, None, "优抚政策落实", "到位"),
            (None, "可持续影响指标", "优抚保障长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    signature(s, "填报人：林晓岚", "审核人：付建军", "单位负责人：郑光明")
    return b


@variant(
    "ni02-soldier-training-money",
    (1, 12),
    "project, OLD-NAT, operator column (指标性质) and unit column, bare numbers; "
    "财政拨款 + 其他资金 miss the total, a rate given as a head count",
)
def ni02() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 16, 30, 12, 14, 12))
    total = mk(
        money(168.00, '0.00"万元"'), "B101", "error", row=True,
        note="150 + 12 = 162 ≠ 168 in both columns",
    )  # fmt: skip
    project_head(
        s, year=2025, name="鹤湾市退役士兵适应性培训", dept="鹤湾市退役军人事务局（204003）",
        unit="鹤湾市退役军人服务中心", attr="延续项目",
        money=money_rows((total, 150.00, 12.00), (168.00, 150.00, 12.00), first="项目资金总额"),
        goals=["组织当年退役士兵参加适应性培训，开设政策解读、心理调适、职业规划等课程，"
               "帮助退役士兵顺利融入社会、实现就业创业。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "适应性培训退役士兵人数", "≥", 420, "人"),
            (None, None, "培训班期数", "≥", 6, "期"),
            (
                None,
                "质量指标",
                "培训合格率",
                "≥",
                mk(380, "T105", "error", note="a 合格率 given as 380 人"),
                "人",
            ),
            (None, "时效指标", "培训课程按计划开班率", "≥", 95, "%"),
            (None, "成本指标", "人均培训成本", "≤", 3800, "元/人"),
            ("效益指标", "社会效益指标", "参训退役士兵就业创业率", "≥", 75, "%"),
            (None, "可持续影响指标", "退役士兵适应性培训工作机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "ni03-rehab-relief",
    (1, 4),
    "project, OLD-NAT, operator column, unit column, percent cells (0%), a =0起 accident count",
)
def ni03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 12, 12))
    project_head(
        s, year=2025, name="松岚县残疾人康复救助", dept="松岚县残疾人联合会（427010）",
        unit="松岚县残疾人康复服务中心", attr="常年项目",
        money=money_rows((236.50, 212.50, 24.00), (236.50, 212.50, 24.00)),
        goals=["对学龄前残疾儿童实施康复救助，为成年残疾人提供基本康复服务，提升定点康复机构服务能力，"
               "实现残疾人“应救尽救、应康尽康”。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "学龄前残疾儿童康复救助人数", "≥", 180, "人"),
            (None, None, "成年残疾人基本康复服务人数", "≥", 1500, "人"),
            (None, "质量指标", "康复救助对象建档率", "≥", pct(0.98), "%"),
            (None, None, "康复服务安全事故发生数", "=", 0, "起"),
            (None, "时效指标", "救助资金拨付及时率", "≥", pct(0.95), "%"),
            (None, "成本指标", "残疾儿童康复救助年人均标准", "≤", 9600, "元/人"),
            ("效益指标", "社会效益指标", "残疾儿童康复训练有效率", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "定点康复机构服务能力", "定性", "提升", None),
            ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", "≥", pct(0.90), "%"),
        ],
        merged=(1, 2),
    )
    line(s, "注：康复服务安全事故发生数以县残联登记的责任事故为准。")
    return b


@variant(
    "ni04-assistive-devices",
    (1, 11),
    "project, NAT-2021, one value column with operators inside; "
    "a 合格率 stored as 105 %, a 投诉率 with ≥",
)
def ni04() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, name="槐阳市残疾人辅助器具适配服务", dept="槐阳市残疾人联合会（511002）",
        unit="槐阳市残疾人辅助器具服务中心", attr="延续项目",
        money=money_rows((96.00, 80.00, 16.00), (96.00, 80.00, 16.00)),
        goals=["为有需求的持证残疾人免费评估并适配轮椅、助行器、助听器等基本型辅助器具，"
               "开展上门评估和使用指导，提高残疾人生活自理和社会参与能力。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("成本指标", "经济成本指标", "辅助器具人均适配成本", "≤1500元/人"),
            ("产出指标", "数量指标", "辅助器具适配人数", "≥600人"),
            (None, None, "上门评估服务人次", "≥450人次"),
            (
                None,
                "质量指标",
                "辅助器具适配合格率",
                mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100 %"),
            ),
            (None, "时效指标", "适配申请办结时限", "≤15个工作日"),
            ("效益指标", "社会效益指标", "适配对象生活自理能力", "提高"),
            (
                None,
                None,
                "辅助器具适配投诉率",
                mk("≥2%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ meant"),
            ),
            (None, "可持续影响指标", "辅助器具回收再利用机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "适配对象满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "ni05-barrier-free",
    (4, 11),
    "project, OLD-NAT, 指标方向 (正向/反向) and 比较符 in words, unit column (度量单位), "
    "footnotes and a signature line with the fill date",
)
def ni05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 12, 14, 10))
    project_head(
        s, year=2025, name="北沙县困难重度残疾人家庭无障碍改造",
        dept="北沙县残疾人联合会（602007）",
        unit="北沙县残疾人联合会", attr="延续项目",
        money=money_rows((155.00, 140.00, 15.00), (155.00, 140.00, 15.00)),
        goals=["为全县310户困难重度残疾人家庭实施无障碍改造，改善残疾人居家生活条件和出行便利程度。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "度量单位")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "困难重度残疾人家庭无障碍改造户数",
                "正向",
                "大于等于",
                310,
                "户",
            ),
            (None, None, "改造需求入户评估户数", "正向", "大于等于", 330, "户"),
            (None, "质量指标", "改造工程验收合格率", "正向", "大于等于", 98, "%"),
            (None, "时效指标", "单户改造工期", "反向", "小于等于", 20, "天"),
            (None, "成本指标", "户均改造费用", "反向", "小于等于", 4500, "元/户"),
            ("效益指标", "社会效益指标", "改造家庭生活便利程度", "定性", None, "提高", None),
            (None, "可持续影响指标", "改造设施正常使用年限", "正向", "大于等于", 5, "年"),
            ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "正向", "大于等于", 92, "%"),
        ],
        merged=(1, 2),
    )
    line(s, "注：1. 指标方向填“正向”“反向”或“定性”；2. 比较符填“大于等于”“小于等于”或“等于”；", 7)
    line(s, "3. 户均改造费用不含残疾人家庭自行增加的改造内容。", 7)
    signature(
        s,
        "单位负责人：韩立新",
        "财务负责人：吴静",
        "填报人：蒋小雨",
        "填报日期：2024年11月18日",
        width=7,
    )
    return b


@variant(
    "ni06-women-rights-year",
    (1, 11),
    "project, NAT-2021, one value column with operators inside; "
    "plan dates in 2024 under a 2025 title, a goal sentence as a value",
)
def ni06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="梧溪区妇女儿童维权服务", dept="梧溪区妇女联合会（733001）",
        unit="梧溪区妇女儿童维权服务站", attr="延续项目",
        start=mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="plan dates of 2024 in a 2025 table"),
        end=day(2024, 12, 31),
        money=money_rows((42.80, 38.80, 4.00), (42.80, 38.80, 4.00)),
        goals=["开展普法宣传进社区、进家庭活动，受理妇女儿童维权个案并提供法律援助和心理疏导，"
               "依法维护妇女儿童合法权益。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("成本指标", "经济成本指标", "单场普法宣传活动成本", "≤3000元/场"),
            ("产出指标", "数量指标", "普法宣传活动场次", "≥40场"),
            (None, None, "妇女儿童维权个案受理数", "≥260件"),
            (None, None, "心理疏导服务人次", "≥500人次"),
            (None, "质量指标", "维权个案办结率", "≥95%"),
            (None, "时效指标", "信访件转办时限", "≤3个工作日"),
            (
                "效益指标",
                "社会效益指标",
                "妇女儿童合法权益保障水平",
                mk(
                    "力争有所改善，群众基本认可",
                    "T102",
                    "warning",
                    alt=("T116",),
                    note="a wish, not a measurable value",
                ),
            ),
            (None, "可持续影响指标", "妇女儿童维权协作机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "求助妇女儿童满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "ni07-youth-summer-shanghai",
    (1, 5),
    "project, Shanghai framework (投入与管理 / 产出目标 / 效果目标 / 影响力目标), "
    "one 指标目标值 column, money in 元",
)
def ni07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="枫桥区青少年暑期公益活动", dept="共青团枫桥区委员会",
        unit="枫桥区青少年活动中心", attr="经常性专项业务费",
        title="2025年度区级财政项目支出绩效目标表", money_label="项目资金（元）",
        money=money_rows((860000, 860000, 0), (860000, 860000, 0), first="项目总预算",
                         fmt=lambda v: money(v, YUAN)),
        goals=["暑期组织青少年开展科普研学、体育健身、志愿服务等公益活动，丰富青少年假期生活，"
               "提升青少年综合素质。"],
    )  # fmt: skip
    s.row("一级目标", "二级目标", "三级目标", "指标目标值")
    s.table(
        [
            ("投入与管理", "投入管理", "预算执行率", "≥95%"),
            (None, "财务管理", "资金使用合规性", "合规"),
            (None, "实施管理", "活动方案制定", "及时"),
            ("产出目标", "数量", "青少年暑期公益活动场次", "≥36场"),
            (None, None, "参与青少年人次", "≥5400人次"),
            (None, "质量", "活动课程评估优良率", "≥90%"),
            (None, "时效", "活动按计划完成率", "≥95%"),
            (None, "成本", "单场活动平均成本", "≤22000元"),
            (None, None, "人均活动成本较上年增长率", "≤0%"),
            ("效果目标", "社会效益", "青少年综合素质", "提升"),
            (None, "满意度", "参与青少年满意度", "≥90%"),
            (None, None, "家长满意度", "≥88%"),
            ("影响力目标", "长效管理", "青少年公益活动品牌化运营机制", "建立并执行"),
            (None, "信息共享", "活动信息公开", "及时"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "ni18-veteran-jobs-mixed",
    (1, 12),
    "project, OLD-NAT, operator column in words (指标性质), unit column; "
    "money not adding up, a deadline of the year before, a goal sentence as a value",
)
def ni18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 12, 16, 12))
    total = mk(wan(60.00), "B101", "error", row=True, note="45 + 10 = 55 ≠ 60 in both columns")
    project_head(
        s, year=2025, name="北沙县退役军人就业创业扶持", dept="北沙县退役军人事务局（318020）",
        unit="北沙县退役军人服务中心", attr="延续项目",
        money=money_rows((total, 45.00, 10.00), (60.00, 45.00, 10.00)),
        goals=["开展退役军人就业技能培训和专场招聘，落实创业担保贷款贴息，促进退役军人稳定就业。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "退役军人就业技能培训人数", "大于等于", 200, "人"),
            (None, None, "退役军人专场招聘会场次", "大于等于", 8, "场"),
            (None, "质量指标", "培训考核合格率", "大于等于", 90, "%"),
            (
                None,
                "时效指标",
                "创业担保贷款贴息资金拨付完成时间",
                None,
                mk(
                    "2024年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="a deadline in 2024 in a 2025 table",
                ),
                None,
            ),
            (None, "成本指标", "人均培训补贴标准", "小于等于", 1800, "元/人"),
            ("效益指标", "经济效益指标", "参训人员就业率", "大于等于", 70, "%"),
            (
                None,
                "社会效益指标",
                "退役军人就业创业扶持成效",
                "定性",
                mk(
                    "进一步加强，确保取得实效",
                    "T102",
                    "warning",
                    alt=("T116",),
                    note="a slogan, not a measurable value",
                ),
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "大于等于", 90, "%"),
        ],
        merged=(1, 2),
    )
    signature(s, "填报人：孔德明", "联系电话：0000-6612345", "审核人：邵华")
    return b
