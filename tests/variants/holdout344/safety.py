"""Fire checks, helmets and money: decorated tier labels, header words, a second-sheet export,
template rows left empty, department money blocks (up13–up18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout344.common import HEAD4, book, indicators, one_year, project, wan
from tests.variants.holdout344.registry import variant
from tests.variants.kit import Book, mk, pct

EMERGENCY = "栖桐区应急管理局（322）"


@variant(
    "up13-fire-check-labels",
    (5,),
    "project, OLD-NAT, tier labels numbered (一、（一）), "
    "marked (*) or abbreviated (时效, 社会效益), ★ on core indicators (correct)",
)
def up13() -> Book:
    b, s = book()
    project(s, name="电动自行车火灾隐患排查整治项目", dept=EMERGENCY,
            unit="栖桐区安全生产监督检查中心", money_rows=one_year(75, 75, 0),
            goals=("排查居民楼栋2400栋，清理楼道违停电动自行车，隐患整改闭环。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "★排查居民楼栋", "≥2400栋"),
        (None, None, "清理楼道违停电动自行车", "≥3500辆次"),
        (None, "（二）*质量指标", "隐患整改合格率", "≥95%"),
        (None, "（三）时效", "排查整治完成时间", "2025年11月30日前"),
        (None, "（四）成本指标", "单栋排查费用", "≤250元/栋"),
        ("二、效益指标", "（一）社会效益", "★电动自行车火灾起数下降率", "≥15%"),
        (None, "（二）可持续影响指标", "隐患排查台账", "健全"),
        ("三、满意度指标", "（一）服务对象满意度", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "up14-helmet-wrong-parent",
    (5, 7),
    "project, NAT-2021, headers 考核指标, 目标值（年度） and "
    "评价标准: a tier-2 under the wrong tier-1, a quality rate given as a count",
)
def up14() -> Book:
    b, s = book()
    project(s, name="中小学生骑行头盔发放项目", dept="漾川县教育局（133）",
            unit="漾川县学生安全教育中心", money_rows=one_year(40, 40, 0),
            goals=("为中小学生免费发放骑行头盔5000顶，提高上下学头盔佩戴率。",))  # fmt: skip
    parent = mk("社会效益指标", "F105", "error", note="社会效益指标属于效益指标，不在产出指标之下")
    count = mk("12批次", "T105", "error", note="合格率给成批次数")
    score = "达到目标值得满分，未达到按比例扣分"
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("成本指标", "经济成本指标", "头盔采购单价", "≤50元/顶", "超出按合同价扣分"),
        ("产出指标", "数量指标", "免费发放骑行头盔", "≥5000顶", score),
        (None, "质量指标", "头盔质量抽检合格率", count, score),
        (None, "时效指标", "头盔发放完成时间", "2025年5月31日前", "逾期不得分"),
        (None, parent, "学生骑行头盔佩戴率提高", "≥10百分点", score),
        ("效益指标", "可持续影响指标", "头盔佩戴校园劝导机制", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", score),
    ])  # fmt: skip
    return b


@variant(
    "up15-export-second-sheet",
    (7,),
    "budget-system export: 05-1 budget sheet, the indicator "
    "table on sheet 05-2 under header 预期实现值 on the third row, codes in the first "
    "column, units in their own column (correct)",
)
def up15() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 32, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "单位名称", "资金总额", "财政拨款", "其他资金")
    code = "35012525T000031"
    unit = "雁柏市城市管理综合执法局"
    s.row(code, "共享单车停放秩序智能监管平台运维", unit, wan(96), wan(90), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 14, 18, 30, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row(f"单位名称：{unit}")
    t.row("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值", "度量单位")
    t.table([
        (code, "产出指标", "数量指标", "平台接入共享单车", "≥45000", "辆"),
        (code, "产出指标", "数量指标", "电子围栏停放点", "≥900", "个"),
        (code, "产出指标", "质量指标", "车辆定位数据准确率", "≥95", "%"),
        (code, "产出指标", "时效指标", "违停工单派发时限", "≤30", "分钟"),
        (code, "产出指标", "成本指标", "平台年度运维费用", "≤96", "万元"),
        (code, "效益指标", "社会效益指标", "违停工单办结率", "≥98", "%"),
        (code, "效益指标", "可持续影响指标", "平台数据共享机制", "健全", None),
        (code, "满意度指标", "服务对象满意度指标", "市民满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "up16-charging-shed-template",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标: two "
    "tier-2 labels left from the template, a value without a name",
)
def up16() -> Book:
    b, s = book()
    project(s, name="农村电动自行车充电棚建设项目", dept="漾川县农业农村局（126）",
            unit="漾川县乡村建设服务中心", money_rows=one_year(52, 45, 7),
            goals=("在40个行政村新建电动自行车充电棚，配套灭火器，减少室内充电。",))  # fmt: skip
    social = mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写")
    eco = mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写")
    nameless = mk(None, "F110", "error", note="有指标值“≥95%”，没有三级指标名称")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "充电棚建设单价", "≤1.2万元/座"),
        (None, social, None, None),
        ("产出指标", "数量指标", "新建村级充电棚", "≥40座"),
        (None, None, "配套灭火器", "≥160具"),
        (None, "质量指标", nameless, "≥95%"),
        (None, "时效指标", "充电棚建成时间", "2025年9月30日前"),
        ("效益指标", "社会效益指标", "农户室内充电现象减少率", "≥80%"),
        (None, eco, None, None),
        (None, "可持续影响指标", "充电棚管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "up17-department-money",
    (12,),
    "department, NAT-2021: budget with typed percent "
    "shares, key tasks adding to 金额合计 = 项目支出 (correct)",
)
def up17() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="栖桐区交通运输局", budget=[
        (wan(600), wan(540), wan(60), wan(360), wan(240)),
        (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
    ], tasks=[
        ("共享单车停放秩序治理", "施划停放区、清运违停车辆", wan(80), "新增停放区≥300个"),
        ("电动自行车充电设施建设", "建设集中充电点和充电口", wan(95), "新增充电口≥1500个"),
        ("非机动车骑行安全宣传", "头盔佩戴劝导、进校园宣传", wan(65), "头盔佩戴率提高≥5百分点"),
        ("金额合计", None, wan(240), None),
    ], goal="规范共享单车停放，补齐电动自行车充电设施短板，提升骑行安全水平。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "充电口建设单价", "≤0.06万元/个"),
        ("产出指标", "数量指标", "新增充电口", "≥1500个"),
        (None, None, "施划共享单车停放区", "≥300个"),
        (None, "质量指标", "充电设施验收合格率", "=100%"),
        (None, "时效指标", "年度任务完成时间", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "骑乘人员头盔佩戴率提高", "≥5百分点"),
        (None, "可持续影响指标", "非机动车停放管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "up18-department-money-wrong",
    (9, 12),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a task amount pasted twice, tasks not adding to 金额合计",
)
def up18() -> Book:
    b, s = book()
    total = mk(wan(300), "B101", "error", row=True, note="基本支出 170 + 项目支出 140 = 310")
    twice = mk("45万45万（含检测设备）", "X106", "error", alt=("B108",), note="金额粘贴两次")
    summed = mk(wan(140), "B102", "error", note="45 + 60 + 30 = 135")
    department_head(s, year=2025, dept="漾川县应急管理局",
                    budget=[(total, wan(270), wan(30), wan(170), wan(140))], tasks=[
        ("电动自行车电池安全检测", "抽检在用电池", twice, "检测电池≥9000块"),
        ("充电场所消防检查", "检查集中充电场所", wan(60), "检查≥500场次"),
        ("骑行安全宣传", "进社区、进企业宣传", wan(30), "宣传≥60场"),
        ("金额合计", None, summed, None),
    ], goal="电动自行车电池和充电场所隐患早发现、早整改，全年火灾起数持续下降。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "单块电池检测费用", "≤45元/块"),
        ("产出指标", "数量指标", "检测电动自行车电池", "≥9000块"),
        (None, None, "充电场所消防检查", "≥500场次"),
        (None, None, "骑行安全宣传活动", "≥60场"),
        (None, "质量指标", "隐患整改复查合格率", "≥95%"),
        (None, "时效指标", "检查整改完成时间", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "电动自行车火灾起数", "≤5起"),
        (None, "可持续影响指标", "充电场所消防检查制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
