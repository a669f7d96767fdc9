"""East–west labour cooperation (东西部协作, 劳务协作): si07–si12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout285.common import header2, line, notes, one_year, sign, start, table
from tests.variants.holdout285.registry import variant
from tests.variants.kit import Book, day, mk, pct

OUT, EFF, SAT, COST = "产出指标", "效益指标", "满意度指标", "成本指标"
USERS = "服务对象满意度指标"


@variant("si07-labour-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator in words · 指标值), typed percentages, weights add to 100 with a 合计 "
         "row, tasks adding to 项目支出 (correct)")  # fmt: skip
def labour_flat() -> Book:
    b, s = start(widths=(34, 12, 12, 14, 14, 14))
    goal = "组织脱贫劳动力赴澄湾市等东部地区稳定就业，开展订单式技能培训，提高务工收入。"
    department_head(s, year=2026, dept="苍岘县人力资源和社会保障局",
                    budget=[(860, 800, 60, 310, 550)], goal=goal, tasks=[
        ("劳务输出服务", "组织脱贫劳动力赴东部地区务工", 320, "输出务工不少于3000人"),
        ("订单式技能培训", "联合东部用工企业开展岗前培训", 230, "培训不少于1500人次"),
        ("金额合计", None, 550, None),
    ])  # fmt: skip
    line(s, "年度绩效指标", 5)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("组织脱贫劳动力赴东部地区务工人数", 15, "人", "大于等于", 3000),
        ("开展订单式技能培训人次", 15, "人次", "大于等于", 1500),
        ("举办劳务协作专场招聘会场次", 10, "场", "大于等于", 12),
        ("参训人员职业技能证书获取率", 10, "%", "大于等于", pct(0.8)),
        ("外出务工人员稳岗率", 10, "%", "大于等于", pct(0.85)),
        ("人均培训成本", 10, "元/人次", "小于等于", 1500),
        ("外出务工人员人均年务工收入", 10, "元", "大于等于", 42000),
        ("驻澄湾市劳务工作站建设数", 10, "个", "大于等于", 6),
        ("外出务工人员满意度", 10, "%", "大于等于", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "蒲映雪", "0836-7731460", day(2025, 11, 18))
    return b


@variant("si08-labour-flat-wrong", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 cost with ≥, "
         "weights adding to 95")  # fmt: skip
def labour_flat_wrong() -> Book:
    b, s = start(widths=(34, 14, 12, 12, 10, 14))
    goal = "推动脱贫劳动力赴东部地区转移就业，落实交通补贴和技能培训，稳定务工收入。"
    department_head(s, year=2025, dept="赭岭县就业服务局", budget=[(640, 600, 40, 220, 420)],
                    goal=goal)  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    unit = mk("≥3200元", "T112", "error", alt=("T119",), note="元 in the value, 人 in the column")
    cost = mk("≥1800", "T108", "warning", row=True, note="a 反向 unit cost with ≥")
    line(s, "年度绩效指标", 5)
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("赴东部地区转移就业人数", "≥2400", "正向", "人", 15),
        ("发放一次性交通补贴人数", unit, "正向", "人", 10),
        ("开展技能培训人次", "≥1200", "正向", "人次", 10),
        ("劳务协作培训人均成本", cost, "反向", "元/人次", 10),
        ("外出务工人员稳岗率", "≥85", "正向", "%", 10),
        ("务工人员权益投诉办结及时率", "≥95", "正向", "%", 10),
        ("外出务工人员人均月工资", "≥4500", "正向", "元", 10),
        ("东部用工企业满意度", "≥90", "正向", "%", 10),
        ("外出务工人员满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "龙知远", "0835-2269013", day(2024, 11, 26))
    return b


@variant("si09-labour-tiers", (5, 10), "project, NAT-2021, numbered tier labels (一、 / （一）), a "
         "tier-1 score column and an indicator score column each adding to 100, a rate raised "
         "in 百分点 (correct)")  # fmt: skip
def labour_tiers() -> Book:
    b, s = start(widths=(16, 8, 20, 30, 16, 8))
    goal = "输出脱贫劳动力到东部地区稳定就业1800人以上，开展劳务品牌技能培训900人次以上。"
    project_head(s, year=2025, name="澄湾—苍岘劳务协作就业帮扶项目",
                 dept="苍岘县人力资源和社会保障局（215001）", unit="苍岘县劳务协作服务中心",
                 money=one_year(260, 240, 20), goals=[goal])  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标", 40, "（一）数量指标", "输出脱贫劳动力到东部务工人数", "≥1800人", 10),
        (None, None, None, "开展劳务品牌技能培训人次", "≥900人次", 10),
        (None, None, "（二）质量指标", "技能培训结业合格率", "≥90%", 10),
        (None, None, "（三）时效指标", "岗前培训完成时间", "2025年6月30日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "人均输出服务成本", "≤800元/人", 10),
        ("三、效益指标", 40, "（一）经济效益指标", "外出务工人员人均年收入", "≥40000元", 15),
        (None, None, "（二）社会效益指标", "脱贫劳动力外出务工率同比提高", "≥3百分点", 15),
        (None, None, "（三）可持续影响指标", "劳务协作长效对接机制", "健全", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "外出务工人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "蒲映雪", "0836-7731460", day(2024, 12, 5))
    return b


@variant("si10-labour-points-wrong", (10, 5), "project, NAT-2021, points inside the tier labels "
         "(一、产出指标（40分）) and an indicator score column: two tiers' scores do not add up, "
         "a 时效指标 under 效益指标")  # fmt: skip
def labour_points_wrong() -> Book:
    b, s = start(widths=(22, 22, 30, 18, 8, 12))
    goal = "培育赭岭县劳务品牌，开展品牌技能培训600人次，输出品牌务工人员400人。"
    project_head(s, year=2025, name="霁川—赭岭东西部协作劳务品牌培育项目",
                 dept="赭岭县人力资源和社会保障局（223001）", unit="赭岭县职业技能培训中心",
                 money=one_year(180, 170, 10), goals=[goal])  # fmt: skip
    out = mk("一、产出指标（40分）", "W103", "error", note="its indicators score 10+10+10+15 = 45")
    eff = mk("三、效益指标（40分）", "W103", "error", note="its indicators score 10+10+15 = 35")
    parent = mk("（三）时效指标", "F105", "error", row=True, note="时效指标 belongs to 产出指标")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (out, "（一）数量指标", "劳务品牌技能培训人次", "≥600人次", 10),
        (None, None, "输出品牌务工人员数", "≥400人", 10),
        (None, "（二）质量指标", "培训结业考核合格率", "≥90%", 10),
        (None, None, "职业技能等级证书获取率", "≥70%", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均培训成本", "≤2000元/人次", 10),
        (eff, "（一）经济效益指标", "品牌务工人员人均月工资", "≥5000元", 10),
        (None, "（二）社会效益指标", "带动脱贫家庭增收户数", "≥350户", 10),
        (None, parent, "劳务品牌认定完成时间", "2025年11月30日前", 15),
        ("四、满意度指标（10分）", USERS, "参训人员满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "龙知远", "0835-2271146", day(2024, 12, 11))
    return b


@variant("si11-labour-header-words", (7, 4), "project, OLD-NAT, two-row header (绩效指标 over "
         "考核指标, 目标值（年度）, 评价标准), a 注 row inside the table, the header repeated "
         "after a page break, 填表说明 and a signature line (correct)")  # fmt: skip
def labour_header_words() -> Book:
    b, s = start(widths=(14, 16, 32, 16, 30, 12))
    goal = "扶持帮扶车间15个，吸纳脱贫劳动力就近就业450人以上，稳定务工收入。"
    project_head(s, year=2025, name="苍岘县东西部协作帮扶车间稳岗就业项目",
                 dept="苍岘县乡村振兴局（219003）", unit="苍岘县就业服务中心",
                 money=one_year(150, 135, 15), goals=[goal])  # fmt: skip
    top = ("绩效指标", None, None, "目标值（年度）", "评价标准")
    bottom = ("一级指标", "二级指标", "考核指标", None, None)
    full = "达到目标值得满分，未达到按比例扣分"
    header2(s, top, bottom)
    s.table([
        (OUT, "数量指标", "扶持帮扶车间数", "≥15个", full),
        (None, None, "帮扶车间吸纳脱贫劳动力就业人数", "≥450人", full),
        (None, "质量指标", "帮扶车间安全检查合格率", "=100%", "全部合格得满分"),
        (None, "时效指标", "稳岗奖补资金兑付时限", "≤15个工作日", "超期不得分"),
        (None, "成本指标", "每个帮扶车间稳岗奖补标准", "≤8万元/个", "超标准不得分"),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：帮扶车间名单以县乡村振兴局年度认定结果为准。", 5)
    s.skip()
    header2(s, top, bottom)
    s.table([
        (EFF, "经济效益指标", "车间务工人员人均月收入", "≥2800元", full),
        (None, "社会效益指标", "帮扶车间安全生产事故", "≤0起", "发生事故不得分"),
        (None, "可持续影响指标", "帮扶车间持续运营率", "≥90%", full),
        (SAT, USERS, "车间务工人员满意度", "≥90%", "抽样调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：考核指标应细化、量化；定性指标按“好、较好、一般、差”分级。", width=5)
    sign(s, "孟晓川", "0838-5526107", day(2024, 12, 10))
    return b


@variant("si12-labour-template-empty", (6, 13), "project, NAT-2021, header 预期目标: a "
         "时效指标 left from the template with nothing under it, a value without an indicator "
         "name")  # fmt: skip
def labour_template_empty() -> Book:
    b, s = start()
    goal = "保障驻澄湾市务工人员服务站正常运行，为务工人员提供就业、维权和社保服务。"
    project_head(s, year=2025, name="赭岭县驻澄湾市务工人员服务站运行项目",
                 dept="赭岭县人力资源和社会保障局（223001）", unit="赭岭县驻澄湾市劳务工作站",
                 money=one_year(75, 70, 5), goals=[goal])  # fmt: skip
    empty = mk("时效指标", "F109", "warning", row=True, note="left from the template, no indicator")
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        (OUT, "数量指标", "服务站接待务工人员人次", "≥5000人次"),
        (None, None, "协助办理社保关系转移接续件数", "≥600件"),
        (None, "质量指标", "务工人员来访问题办结率", "≥95%"),
        (None, empty, None, None),
        (COST, "经济成本指标", "服务站年度运行经费", "≤70万元"),
        (EFF, "社会效益指标", "服务站联系务工人员稳定就业率", "≥85%"),
        (None, None, nameless, "≥300人"),
        (None, "可持续影响指标", "服务站常态化运行机制", "健全"),
        (SAT, USERS, "务工人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙知远", "0835-2269013", day(2024, 12, 1))
    return b
