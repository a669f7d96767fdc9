"""Returns ep07–ep12: mealworm (黄粉虫) farming and insect-protein feed in 鹭湾乡."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout604.common import YEAR, first, indicators, notes, one_year, signature
from tests.variants.holdout604.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "澜石县农业农村局（301）"
STATION = "澜石县鹭湾乡畜牧兽医站"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ep07-mealworm-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), an indicator "
         "score column adding to the same 100, a rise in 百分点 (correct)")  # fmt: skip
def ep07() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="黄粉虫规模化养殖与饲料转化示范",
        dept=DEPT,
        unit=STATION,
        money=one_year(45, 40, 5),
        goals=["新建标准化养殖架600组，转化餐厨及农业废弃物300吨，带动农户25户。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "分值", "指标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.新建标准化养殖架", 10, "≥600组"),
        (None, None, "2.转化餐厨及农业废弃物", 10, "≥300吨"),
        (None, "（二）质量指标", "3.虫粉产品抽检合格率", 10, "≥95%"),
        (None, "（三）时效指标", "4.养殖车间投产时间", 10, "2026年8月底前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.养殖架单位造价", 10, "≤300元/组"),
        (None, "（二）生态环境成本指标", "6.养殖废水排放量", 10, "≤50吨"),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.节约饲料成本", 10, "≥8万元"),
        (None, "（二）社会效益指标", "8.带动农户参与养殖", 10, "≥25户"),
        (None, "（三）生态效益指标", "9.养殖场废弃物综合利用率提高", 10, "≥5百分点"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.参与农户满意度", 10, "≥90%"),
    ])  # fmt: skip
    s.row("合计", None, None, 100, None)
    return b


@variant("ep08-mealworm-wrong-tier", (5, 7),
         "project, OLD-NAT, abbreviated tier labels, headers 指标内容 and 绩效标准: a quality rate "
         "under 时效, a training count repeated under 社会效益")  # fmt: skip
def ep08() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="黄粉虫蛋白饲料替代试点",
        dept=DEPT,
        unit=STATION,
        money=one_year(36, 30, 6),
        goals=["在3个养殖场试用黄粉虫蛋白饲料替代部分鱼粉，培训养殖技术人员150人次。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出", "数量", "试点养殖场", "≥3个"),
        (None, None, "养殖技术培训人次", "≥150人次"),
        (None, "质量", "替代饲料营养成分达标率", "≥95%"),
        (None, "时效", "养殖车间改造完成时间", "2026年9月底前"),
        (None, None, mk("虫卵孵化合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效下"), "≥90%"),
        (None, "成本", "替代饲料采购单价", "≤0.6万元/吨"),
        ("效益", "经济效益", "试点场饲料成本降低", "≥5%"),
        (None, "社会效益", mk("养殖技术培训人次", "D101", "warning", row=True,
                              alt=("D103", "F201"),
                              note="与数量下的同名指标重复，且是产出数量"), "≥150人次"),
        (None, "生态效益", "鱼粉使用量减少", "≥20吨"),
        ("满意度", "服务对象满意度", "试点养殖场满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ep09-mealworm-second-sheet", (7, 4),
         "project, OLD-NAT: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值, a note row inside, 填表说明 and signature below, a later year prepared "
         "for (correct)")  # fmt: skip
def ep09() -> Book:
    b, s = first("项目信息")
    project_head(s, year=YEAR, name="黄粉虫养殖虫粪资源化利用", dept=DEPT, unit=STATION,
                 money=one_year(28, 28, 0),
                 goals=["收集处理虫粪120吨制成有机肥，在200亩蔬菜地试用，"
                        "为2027年扩大推广积累施用数据。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 18, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "收集处理虫粪", "≥120吨"),
        (None, None, "有机肥试用面积", "≥200亩"),
        (None, "质量指标", "有机肥重金属检测合格率", "=100%"),
        (None, "时效指标", "有机肥发放完成时间", "2026年4月底前"),
        (None, "成本指标", "虫粪处理成本", "≤0.15万元/吨"),
    ])  # fmt: skip
    t.row("注：虫粪处理成本按处理、包装、运输三项测算。", merge=[(1, 4)])
    t.table([
        ("效益指标", "经济效益指标", "试用农户亩均节约化肥支出", "≥80元"),
        (None, "生态效益指标", "化肥施用量减少", "≥10吨"),
        ("满意度指标", "服务对象满意度指标", "试用农户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1.指标值应量化；2.有机肥试用面积按实际施用地块统计。", width=4)
    signature(t, "闵青禾", "0739-6335092", (YEAR - 1, 11, 18))
    return b


@variant("ep10-mealworm-subsidy-cost", (12, 1),
         "project, NAT-2021, operator and unit columns, typed percent cells: money parts not "
         "adding up, a subsidy standard × households above the money, last year in the "
         "goal")  # fmt: skip
def ep10() -> Book:
    b, s = first()
    total = mk(40, "B101", "error", note="财政拨款30 + 其他资金15 = 45 ≠ 40")
    goal = mk(
        "2025年在鹭湾乡扶持黄粉虫养殖户60户，每户配套养殖设备一套，年产鲜虫90吨。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026年度的申报表，年度目标写2025年",
    )
    project_head(
        s,
        year=YEAR,
        name="黄粉虫养殖设备补贴",
        dept=DEPT,
        unit=STATION,
        money=one_year(total, 30, 15),
        goals=[goal],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "扶持养殖户", "≥", 60, "户"),
        (None, None, "年产鲜虫", "≥", 90, "吨"),
        (None, "质量指标", "设备安装验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "设备发放完成时间", "≤", "2026年5月底", None),
        ("成本指标", "经济成本指标", "养殖设备补贴标准", "≤",
         mk(0.8, "B107", "warning", row=True, note="0.8万元 × 60户 = 48万元，超过资金40（45）万元"),
         "万元/户"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥", 0.5, "万元"),
        (None, "社会效益指标", "带动脱贫监测户参与养殖", "≥", 12, "户"),
        (None, "可持续影响指标", "设备三年完好率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受补贴户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("ep11-mealworm-export", (7, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes "
         "in the first columns, header on the third row, `=100%` kept as text "
         "(correct)")  # fmt: skip
def ep11() -> Book:
    b, s = first("部门项目支出预算05-1", (16, 26, 14, 14, 14, 40))
    code, name = "LS26-NY-0418", "黄粉虫标准化养殖技术示范"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "澜石县农业农村局")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, 52, 45, 7, "建设标准化养殖示范点4个，培训养殖户120人次。")
    g = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 28, 16))
    g.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    g.row("单位：澜石县农业农村局", merge=[(1, 6)])
    g.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for line in [
        ("产出指标", "数量指标", "标准化养殖示范点", "≥4个"),
        ("产出指标", "数量指标", "培训养殖户", "≥120人次"),
        ("产出指标", "质量指标", "病死虫无害化处理率", "=100%"),
        ("产出指标", "时效指标", "示范点建成时间", "2026年7月底前"),
        ("成本指标", "经济成本指标", "示范点建设补助", "≤10万元/个"),
        ("效益指标", "经济效益指标", "示范点亩均产值", "≥3万元"),
        ("效益指标", "可持续影响指标", "示范技术推广覆盖养殖户比例", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参训养殖户满意度", "≥90%"),
    ]:
        g.row(code, name, *line)
    return b


@variant("ep12-mealworm-stacked-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, the same indicator twice with two values, last season's deadline")  # fmt: skip
def ep12() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=YEAR,
        name="黄粉虫种虫繁育",
        dept=DEPT,
        unit=STATION,
        money=one_year(25, 20, 5),
        goals=["繁育优质种虫5吨，供应本县养殖户40户。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "繁育种虫", "≥5吨"),
        (None, "质量指标", "种虫纯度达标率", "≥95%"),
        (None, "时效指标", "种虫供应完成时间", "2026年6月底前"),
        (None, "成本指标", "种虫繁育成本", "≤4万元/吨"),
        ("效益指标", "社会效益指标", "供应本县养殖户", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "种虫使用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(60, "B101", "error", note="财政拨款45 + 其他资金10 = 55 ≠ 60")
    project_head(
        s,
        year=YEAR,
        name="虫粪有机肥加工",
        dept=DEPT,
        unit=STATION,
        title="",
        money=one_year(total, 45, 10),
        goals=["建成虫粪有机肥加工线1条，年加工有机肥500吨。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "有机肥加工量", "≥500吨"),
        (None, None, "有机肥加工量",
         mk("≥800吨", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标写了两次，500吨与800吨")),
        (None, "质量指标", "有机肥养分达标率", "≥95%"),
        (None, "时效指标", "加工线投产时间",
         mk("2025年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2026年度项目的期限留在上一年")),
        (None, "成本指标", "有机肥加工成本", "≤0.06万元/吨"),
        ("效益指标", "生态效益指标", "虫粪资源化利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "有机肥使用户满意度", "≥90%"),
    ])  # fmt: skip
    return b
