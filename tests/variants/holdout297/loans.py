"""创业担保贷款贴息 and business incubation: su01–su06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout297.common import CW, QF, ZL, grid, one_year, sign, start, wan
from tests.variants.holdout297.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("su01-loan-subsidy-percent", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, percent cells typed in "
         "Excel, 万元 only in the number format (correct)")  # fmt: skip
def su01() -> Book:
    b, s = start()
    aim = "对个人创业者和小微企业的创业担保贷款按季贴息，以创业带动就业。"
    project_head(s, year=2025, name="创业担保贷款贴息资金", dept=ZL,
                 unit="柘岭市创业担保贷款服务中心",
                 money=one_year(wan(420), wan(380), wan(40)),
                 goals=(aim,))  # fmt: skip
    grid(s, OP_HEAD, [
        ["产出指标", "数量指标", "个人创业担保贷款贴息人数", "≥", 600, "人"],
        [None, None, "小微企业贷款贴息户数", "≥", 45, "户"],
        [None, "质量指标", "贴息资金审核准确率", "≥", pct(0.98), "%"],
        [None, None, "贴息贷款逾期率", "≤", pct(0.03), "%"],
        [None, "时效指标", "贴息资金按季拨付及时率", "≥", pct(0.95), "%"],
        [None, "成本指标", "个人贷款人均贴息", "≤", 0.45, "万元/人"],
        [None, None, "小微企业户均贴息", "≤", 3, "万元/户"],
        ["效益指标", "社会效益指标", "创业带动就业人数", "≥", 900, "人"],
        [None, "经济效益指标", "扶持创业实体一年存活率", "≥", pct(0.85), "%"],
        [None, "可持续影响指标", "贴息政策知晓率", "≥", pct(0.9), "%"],
        ["满意度指标", "服务对象满意度指标", "贷款贴息对象满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "邵蔓青", "0736-5184376", day(2024, 12, 6))
    return b


@variant("su02-loan-direction", (11, 1),
         "project, OLD-NAT, operator column, percent cells: a 反向 rate and a time limit with ≥, "
         "a capped rate typed as 105%")  # fmt: skip
def su02() -> Book:
    b, s = start()
    aim = "为返乡创业人员、高校毕业生等群体的创业担保贷款提供贴息，降低创业融资成本。"
    project_head(s, year=2025, name="栖枫县创业担保贷款贴息", dept=QF,
                 unit="栖枫县就业创业服务中心",
                 money=one_year(wan(150), wan(120), wan(30)),
                 goals=(aim,))  # fmt: skip
    bad = "反向指标（不良率越低越好）却写“≥”"
    slow = "办结时间是期限，应为“≤”"
    over = "拨付到位率以 100% 为上限，105% 不可能"
    grid(s, OP_HEAD, [
        ["产出指标", "数量指标", "创业担保贷款贴息人数", "≥", 360, "人"],
        [None, "质量指标", mk("贴息贷款不良率", "T108", "warning", row=True, note=bad), "≥",
         pct(0.02), "%"],
        [None, None, "贴息资金拨付到位率", "≥", mk(pct(1.05), "T106", "error", note=over), "%"],
        [None, "时效指标", "贴息申请审核办结时间", mk("≥", "T108", "warning", row=True, note=slow),
         10, "工作日"],
        [None, "成本指标", "人均贷款贴息", "≤", 0.3, "万元/人"],
        ["效益指标", "社会效益指标", "创业带动就业人数", "≥", 480, "人"],
        [None, "可持续影响指标", "创业担保贷款风险补偿机制", "定性", "健全", None],
        ["满意度指标", "服务对象满意度指标", "贴息对象满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "鲁见川", "0736-7452931", day(2024, 11, 28))
    return b


INLINE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("su03-incubator-stacked", (2,),
         "two projects stacked in one sheet (孵化基地补贴, 返乡创业补贴), OLD-NAT, operators "
         "inside the values, the same indicator name with different values (correct)")  # fmt: skip
def su03() -> Book:
    b, s = start("绩效目标表")
    aim = "支持3个区级创业孵化基地运营，为入驻创业实体提供低成本场地和孵化服务。"
    project_head(s, year=2025, name="创业孵化基地运营补贴", dept=CW,
                 unit="澄湾区创业指导中心", money=one_year(wan(80), wan(72), wan(8)),
                 goals=(aim,))  # fmt: skip
    grid(s, INLINE, [
        ["产出指标", "数量指标", "补贴孵化基地数量", "≥3个"],
        [None, None, "入驻创业实体数量", "≥60户"],
        [None, "质量指标", "孵化基地考核达标率", "≥90%"],
        [None, "时效指标", "运营补贴拨付时间", "2025年10月31日前"],
        [None, "成本指标", "单个基地年度运营补贴", "≤25万元/个"],
        ["效益指标", "社会效益指标", "孵化成功创业实体数量", "≥40户"],
        [None, "可持续影响指标", "孵化服务运营机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "创业者满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    aim = "对首次创办实体并正常经营半年以上的返乡入乡人员给予一次性创业补贴。"
    project_head(s, year=2025, name="返乡入乡创业一次性补贴", dept=CW,
                 unit="澄湾区创业指导中心", money=one_year(wan(65), wan(60), wan(5)), title="",
                 goals=(aim,))  # fmt: skip
    grid(s, INLINE, [
        ["产出指标", "数量指标", "发放一次性创业补贴户数", "≥110户"],
        [None, "质量指标", "补贴对象资格审核准确率", "=100%"],
        [None, "时效指标", "补贴申领办结时限", "≤20个工作日"],
        [None, "成本指标", "一次性创业补贴标准", "≤0.5万元/户"],
        ["效益指标", "社会效益指标", "返乡创业带动就业人数", "≥260人"],
        [None, "可持续影响指标", "返乡创业服务跟踪机制", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "创业者满意度", "≥92%"],
    ])  # fmt: skip
    return b


@variant("su04-startup-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 is "
         "not 财政拨款 + 其他资金, and its 入驻率 is given as a count")  # fmt: skip
def su04() -> Book:
    b, s = start("项目绩效目标")
    aim = "扶持在校及毕业5年内大学生创办实体，提供创业补贴和贷款贴息。"
    project_head(s, year=2025, name="大学生创业扶持资金", dept=ZL,
                 unit="柘岭市高校毕业生创业服务站", money=one_year(wan(140), wan(130), wan(10)),
                 goals=(aim,))  # fmt: skip
    grid(s, INLINE, [
        ["产出指标", "数量指标", "扶持大学生创业实体数量", "≥200户"],
        [None, "质量指标", "创业补贴发放准确率", "=100%"],
        [None, "时效指标", "补贴资金拨付及时率", "≥95%"],
        [None, "成本指标", "户均创业扶持补贴", "≤0.6万元/户"],
        ["效益指标", "社会效益指标", "大学生创业带动就业人数", "≥500人"],
        [None, "可持续影响指标", "扶持创业实体一年存活率", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "创业大学生满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    total = mk(wan(90), "B101", "error", note="70 + 15 = 85，不等于年度资金总额 90")
    aim = "补助2个返乡创业园的场地和公共服务运营，吸引返乡农民工入园创业。"
    project_head(s, year=2025, name="农民工返乡创业园运营补助", dept=ZL,
                 unit="柘岭市农民工服务中心", money=one_year(total, wan(70), wan(15)), title="",
                 goals=(aim,))  # fmt: skip
    count = mk("≥40户", "T105", "error", note="入驻率是比率，指标值却是户数")
    grid(s, INLINE, [
        ["产出指标", "数量指标", "补助返乡创业园数量", "≥2个"],
        [None, "质量指标", "创业园场地入驻率", count],
        [None, "时效指标", "运营补助拨付时间", "2025年9月30日前"],
        [None, "成本指标", "单个创业园运营补助", "≤35万元/个"],
        ["效益指标", "社会效益指标", "返乡创业带动就业人数", "≥300人"],
        [None, "可持续影响指标", "扶持创业实体一年存活率", "≥75%"],
        ["满意度指标", "服务对象满意度指标", "入园创业者满意度", "≥90%"],
    ])  # fmt: skip
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("su05-startup-points", (10, 5),
         "project, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标, 1.…), a tier-1 "
         "score column and an indicator score column both adding to 100, a share raised in 百分点 "
         "(correct)")  # fmt: skip
def su05() -> Book:
    b, s = start()
    aim = "开展创业培训、创业沙龙和创业担保贷款贴息，提升创业成功率和带动就业能力。"
    project_head(s, year=2025, name="创业服务补助资金", dept=ZL,
                 unit="柘岭市创业指导服务中心", money=one_year(wan(300), wan(260), wan(40)),
                 goals=(aim,))  # fmt: skip
    grid(s, POINTS_HEAD, [
        ["一、产出指标", 50, "（一）数量指标", "1.创业培训人数", "≥800人", 10],
        [None, None, None, "2.创业担保贷款贴息人数", "≥350人", 10],
        [None, None, None, "3.创业沙龙举办场次", "≥24场", 5],
        [None, None, "（二）质量指标", "1.创业培训合格率", "≥90%", 10],
        [None, None, None, "2.贴息资金发放准确率", "=100%", 5],
        [None, None, "（三）时效指标", "1.贴息资金拨付及时率", "≥95%", 10],
        ["二、成本指标", 10, "（一）经济成本指标", "1.人均创业培训补贴", "≤1500元/人", 5],
        [None, None, None, "2.人均贷款贴息", "≤0.3万元/人", 5],
        ["三、效益指标", 30, "（一）社会效益指标", "1.创业带动就业人数", "≥1000人", 10],
        [None, None, None, "2.小微企业吸纳就业比例", "比上年提高≥2百分点", 10],
        [None, None, "（二）可持续影响指标", "1.创业服务体系运行机制", "健全", 10],
        ["四、满意度指标", 10, "（一）服务对象满意度指标", "1.创业者满意度", "≥90%", 10],
        ["合计", 100, "", None, None, 100],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("su06-startup-points-wrong", (10, 6),
         "project, NAT-2021, points in the tier-1 labels and an indicator score column: the "
         "scores under 产出 and 效益 do not add up to their tier, a template tier-2 left "
         "empty")  # fmt: skip
def su06() -> Book:
    b, s = start()
    aim = "对认定的县级创业孵化示范基地给予奖补，提升孵化服务能力。"
    project_head(s, year=2025, name="创业孵化示范基地奖补", dept=QF,
                 unit="栖枫县创业孵化基地管理办公室", money=one_year(wan(120), wan(100), wan(20)),
                 goals=(aim,))  # fmt: skip
    out = mk("产出指标（50分）", "W103", "error", note="其下指标分值 10+10+10+5+10 = 45，不是 50")
    eff = mk("效益指标（30分）", "W103", "error", note="其下指标分值 15+10+10 = 35，不是 30")
    left = "模板留下的二级指标，没有三级指标和指标值"
    empty = mk("生态效益指标", "F109", "warning", row=True, note=left)
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        [out, "数量指标", "奖补示范基地数量", "≥4个", 10],
        [None, None, "新增入孵创业实体", "≥80户", 10],
        [None, "质量指标", "示范基地年度考核合格率", "≥95%", 10],
        [None, None, "孵化服务台账完整率", "=100%", 5],
        [None, "时效指标", "奖补资金拨付时间", "2025年11月30日前", 10],
        ["成本指标（10分）", "经济成本指标", "单个示范基地奖补标准", "≤30万元/个", 10],
        [eff, "社会效益指标", "孵化实体带动就业人数", "≥400人", 15],
        [None, "经济效益指标", "在孵实体获得融资户数", "≥15户", 10],
        [None, empty, None, None, None],
        [None, "可持续影响指标", "孵化服务标准化运行机制", "健全", 10],
        ["满意度指标（10分）", "服务对象满意度指标", "入孵创业者满意度", "≥90%", 10],
    ])  # fmt: skip
    return b
