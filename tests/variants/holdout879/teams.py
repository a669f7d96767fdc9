"""Fire-fighting teams (森林消防队伍, 扑火装备) and department returns: khe13–khe18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout879.common import dept_budget, note, start, table, task, year_money
from tests.variants.holdout879.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

PT_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("khe13-team-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a pass rate raised in 百分点 (correct)")  # fmt: skip
def khe13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="栗川镇2025年半专业森林消防队伍建设项目",
                 dept="栗川镇人民政府 441003", unit="栗川镇森林消防队",
                 money=year_money(78, 70, 8),
                 goals=["保障30名半专业扑火队员全年训练和防火期备勤，体能测试达标率较上年"
                        "提高3个百分点。"])  # fmt: skip
    table(s, PT_HEAD, [
        ("产出指标", 40, "数量指标", "半专业扑火队员人数", "≥30人", 10),
        (None, None, None, "年度集中训练次数", "≥12次", 10),
        (None, None, "质量指标", "扑火队员体能测试达标率", "较上年提高≥3百分点", 10),
        (None, None, "时效指标", "接警后集结出动时间", "≤20分钟", 10),
        ("成本指标", 10, "经济成本指标", "队员训练备勤补助标准", "≤1500元/人·月", 10),
        ("效益指标", 30, "社会效益指标", "初发火情24小时内扑灭率", "≥95%", 15),
        (None, None, "可持续影响指标", "队伍24小时备勤制度", "健全", 15),
        ("满意度指标", 20, "服务对象满意度指标", "林区群众满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "说明：一级指标分值与三级指标分值分别合计100分，评价时按三级指标计分。")
    return b


@variant("khe14-team-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: two "
         "tiers whose indicators do not add up to the declared score")  # fmt: skip
def khe14() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2025, name="桦岭县2025年森林消防专业队备勤保障项目",
                 dept="桦岭县应急管理局 318010", unit="桦岭县森林消防专业队",
                 money=year_money(96, 90, 6),
                 goals=["保障专业队40名队员防火期24小时备勤，提升初期火灾扑救能力。"])  # fmt: skip
    table(s, PT_HEAD, [
        ("产出指标", mk(45, "W103", "error", note="其下指标分值 15+10+10+5 = 40，不是 45"),
         "数量指标", "专业队备勤队员人数", "≥40人", 15),
        (None, None, None, "防火期备勤天数", "≥180天", 10),
        (None, None, "质量指标", "扑火装备完好率", "≥95%", 10),
        (None, None, "时效指标", "接警后出动时间", "≤10分钟", 5),
        ("成本指标", 10, "经济成本指标", "队员备勤伙食补助标准", "≤40元/人·天", 10),
        ("效益指标", mk(25, "W103", "error", note="其下指标分值 10+10 = 20，不是 25"),
         "社会效益指标", "责任区森林火灾受害率", "≤0.9‰", 10),
        (None, None, "可持续影响指标", "队伍实战化训练机制", "健全", 10),
        ("满意度指标", 20, "服务对象满意度指标", "责任区群众满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 90，不是 100：同一问题的结果")
    return b


@variant("khe15-team-decorated-labels", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), a ★ core indicator and an indicator score column (correct)")  # fmt: skip
def khe15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="椴川县森林消防专业队扑火装备购置项目",
                 dept="椴川县应急管理局 307012", unit="椴川县森林消防专业队",
                 money=year_money(145, 130, 15), attr="一次性项目",
                 goals=["购置风力灭火机120台、高压细水雾灭火机30台，"
                        "充实专业队扑火装备。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    table(s, head, [
        ("一、产出指标（50分）", "（一）数量指标", "风力灭火机购置数量", "≥120台", 15),
        (None, None, "高压细水雾灭火机购置数量", "≥30台", 10),
        (None, "（二）质量指标", "装备验收合格率", "=100%", 15),
        (None, "（三）时效指标", "装备到货时间", "2025年3月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "风力灭火机单价", "≤0.38万元/台", 5),
        (None, None, "高压细水雾灭火机单价", "≤1.6万元/台", 5),
        ("三、效益指标（30分）", "（一）社会效益指标", "★森林火灾受害率", "≤0.9‰", 15),
        (None, "（二）可持续影响指标", "扑火装备使用年限", "≥5年", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "扑火队员满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("khe16-team-wrong-parent", (5,),
         "project, NAT-2021, numbered labels: a 效益 tier-2 under 产出指标 and 预算执行率 listed "
         "as a cost indicator")  # fmt: skip
def khe16() -> Book:
    b, s = start()
    project_head(s, year=2025, name="石栎乡2025年森林消防应急分队能力提升项目",
                 dept="石栎乡人民政府 426011", unit="石栎乡森林消防应急分队",
                 money=year_money(42, 40, 2),
                 goals=["开展应急分队轮训和实战演练，补充个人防护装备，"
                        "提升初期火灾处置能力。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "应急分队轮训人次", "≥60人次"),
        (None, None, "实战演练次数", "≥4次"),
        (None, "2.质量指标", "轮训考核合格率", "≥95%"),
        (None, mk("3.可持续影响指标", "F105", "error", note="可持续影响指标属效益指标"),
         "防护装备使用年限", "≥3年"),
        ("二、成本指标", "1.经济成本指标", "个人防护装备单套成本", "≤0.45万元/套"),
        (None, None, mk("预算执行率", "F202", "warning", row=True,
                        note="预算执行率另行评价，不应作为成本指标"), "≥90%"),
        ("三、效益指标", "1.社会效益指标", "初发火情处置到位率", "≥95%"),
        ("四、满意度指标", "1.服务对象满意度指标", "参训队员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khe17-team-department-money", (12,),
         "department, NAT-2021: budget with a share row, key tasks adding to a 金额合计 equal to "
         "项目支出 and a footnote saying so (correct)")  # fmt: skip
def khe17() -> Book:
    b, s = start()
    shares = [pct(v, "0.00%") for v in (1, 0.9251, 0.0749, 0.5771, 0.4229)]
    department_head(s, year=2025, dept="椴川县森林消防大队",
                    budget=[dept_budget(1286.4, 1190, 96.4, 742.4, 544), shares],
                    tasks=[task("专业队伍运维", "队员训练、备勤和营房运行", 260, "备勤≥180天"),
                           task("扑火装备更新", "更新风力灭火机、水泵等", 148, "合格率100%"),
                           task("防火隔离带维护", "维护隔离带和以水灭火管网", 86, "≥60公里"),
                           task("森林防火宣传培训", "进村宣传和扑火技能培训", 50, "≥30场"),
                           task("金额合计", None, 544, None)],
                    goal="保障全县森林消防队伍正常运转，"
                         "森林火灾受害率控制在0.9‰以内。")  # fmt: skip
    note(s, "注：金额合计为项目支出，基本支出（人员经费和公用经费）不列入年度主要任务。")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "防火期备勤天数", "≥180天"),
        (None, None, "防火隔离带维护里程", "≥60公里"),
        (None, None, "森林防火宣传培训场次", "≥30场"),
        (None, "质量指标", "扑火装备验收合格率", "=100%"),
        (None, "时效指标", "接警后出动时间", "≤15分钟"),
        ("成本指标", "经济成本指标", "每公里隔离带维护成本", "≤1.4万元/公里"),
        ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, None, "森林火灾发生次数同比下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khe18-team-department-defects", (11, 12),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "turn-out time with ≥")  # fmt: skip
def khe18() -> Book:
    b, s = start()
    total = mk(money(968), "B101", "error", note="基本支出 512 + 项目支出 436 = 948 ≠ 968")
    whole = mk(money(436), "B102", "error", note="210 + 120 + 76 + 40 = 446 ≠ 436")
    department_head(s, year=2025, dept="桦岭县森林消防救援大队",
                    budget=[dept_budget(total, 900, 68, 512, 436)],
                    tasks=[task("消防队伍运维", "队员训练和防火期备勤", 210, "备勤≥180天"),
                           task("扑火装备购置", "购置灭火机具和防护装备", 120, "合格率100%"),
                           task("以水灭火设施", "建设蓄水池和管网", 76, "蓄水池≥8座"),
                           task("扑火技能培训", "乡镇扑火队轮训", 40, "≥200人次"),
                           task("金额合计", None, whole, None)],
                    filled=day(2024, 12, 5),
                    goal="提升全县森林火灾扑救能力，确保不发生重大森林火灾。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "防火期备勤天数", "≥180天"),
        (None, None, "蓄水池建设数量", "≥8座"),
        (None, None, "扑火技能轮训人次", "≥200人次"),
        (None, "质量指标", "扑火装备验收合格率", "=100%"),
        (None, "时效指标", "接警后出动时间",
         mk("≥15分钟", "T108", "warning", row=True, note="出动时间是反向指标，应为 ≤")),
        ("成本指标", "经济成本指标", "单座蓄水池建设成本", "≤8万元/座"),
        ("效益指标", "社会效益指标", "重大森林火灾发生次数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "乡镇扑火队员满意度", "≥90%"),
    ])  # fmt: skip
    return b
