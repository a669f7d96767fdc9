"""Records custody and management (档案保管与管理): stacked projects, flat lists, tier labels
as offices write them, direction against operator (khw07–khw12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout897.common import (
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout897.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")


def vault_project(s: Sheet) -> None:
    """The first stacked project: a vault climate retrofit, consistent throughout."""
    project_head(s, year=YEAR, name="档案库房恒温恒湿系统改造", dept="鹭汀市档案馆 52017",
                 unit="鹭汀市档案馆", money=one_year(wan(95), wan(95), wan(0)),
                 goals=["完成 1800 平方米档案库房恒温恒湿系统改造，"
                        "库房温湿度稳定达标。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "改造档案库房面积", "≥1800平方米", None),
        (None, "质量指标", "库房温湿度达标率", "≥95%", "全年监测达标天数占比"),
        (None, "时效指标", "改造完工时间", "2025年9月30日前", None),
        (None, "成本指标", "每平方米改造成本", "≤500元/平方米", "1800 平方米合计 90 万元"),
        ("效益指标", "可持续影响指标", "馆藏档案霉变虫蛀发生率", "≤0.1%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
    ])  # fmt: skip


@variant("khw07-stacked-custody", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def stacked_custody() -> Book:
    b, s = start("项目绩效目标")
    vault_project(s)
    s.skip()
    project_head(s, year=YEAR, title="", name="馆藏破损档案抢救修复", dept="鹭汀市档案馆 52017",
                 unit="鹭汀市档案馆修复中心", money=one_year(wan(30), wan(24), wan(6)),
                 goals=["修复馆藏破损、酸化档案 12000 页，修复档案恢复可利用状态。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "修复破损档案", "≥12000页", None),
        (None, "质量指标", "修复质量验收合格率", "≥95%", None),
        (None, "时效指标", "修复任务完成时间", "2025年12月20日前", None),
        (None, "成本指标", "每页修复成本", "≤22元/页", "12000 页合计 26.4 万元"),
        ("效益指标", "可持续影响指标", "修复档案再次破损率", "≤2%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", "与上一项目口径不同"),
    ])  # fmt: skip
    sign(s, "俞澄", "0595-8817360", day(2024, 12, 2))
    return b


@variant("khw08-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's total is not its parts, one of its rates is a count")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start("项目绩效目标")
    vault_project(s)
    s.skip()
    total = mk(wan(80), "B101", "error", note="80 ≠ 财政拨款 50 + 其他资金 20")
    project_head(s, year=YEAR, title="", name="馆藏档案到期鉴定与销毁", dept="鹭汀市档案馆 52017",
                 unit="鹭汀市档案馆", money=one_year(total, wan(50), wan(20)),
                 goals=["完成保管期限届满档案 3600 卷的鉴定，"
                        "按程序销毁无保存价值档案。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "鉴定到期档案", "≥3600卷", None),
        (None, "质量指标", "档案鉴定完成率",
         mk("3600卷", "T105", "error", note="a 完成率 given as a count"), None),
        (None, "时效指标", "鉴定销毁完成时间", "2025年11月30日前", None),
        (None, "成本指标", "每卷鉴定成本", "≤50元/卷", None),
        ("效益指标", "社会效益指标", "库房可用容量释放", "≥120延长米", None),
        ("满意度指标", "服务对象满意度指标", "档案形成单位满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "俞澄", "0595-8817360", day(2024, 12, 2))
    return b


@variant("khw09-flat-records", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def flat_records() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="栖枫县档案馆",
                    budget=[(wan(620), wan(600), wan(20), wan(410), wan(210))],
                    goal="做好档案接收、保管、数字化和利用服务，档案安全零事故。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("馆藏档案接收进馆", 15, "卷", "≥", 6000),
        ("文书档案数字化", 15, "万页", "≥", 80),
        ("档案查阅利用服务", 10, "人次", "≥", 12000),
        ("数字化图像合格率", 10, "%", "≥", pct(0.98)),
        ("档案库房安全检查", 10, "次", "≥", 12),
        ("档案失泄密事件", 10, "起", "≤", 0),
        ("查档申请办结时间", 10, "工作日", "≤", 3),
        ("机关档案业务指导覆盖率", 10, "%", "=", pct(1)),
        ("利用者满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "涂霁川", "0748-6273501", day(2024, 11, 18))
    return b


@variant("khw10-flat-wrong", (3, 11), "department, flat list in another order (指标名称 · 指标值 "
         "· 指标性质 as direction · 计量单位 · 权重): unit, direction and weight "
         "defects")  # fmt: skip
def flat_wrong() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="苍霁县档案馆",
                    budget=[(wan(380), wan(365), wan(15), wan(260), wan(120))],
                    goal="规范档案接收与借阅管理，提升档案查询服务效率。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("档案接收进馆", mk("≥500件", "T112", "error", note="件 against 卷 in the unit column"),
         "正向", "卷", 20),
        ("档案借阅归还差错率", mk("≥1%", "T108", "warning", row=True,
         note="反向 rate with ≥"), "反向", "%", 15),
        ("档案目录数据录入", "≥20万条", "正向", "条", 20),
        ("库房安全巡查", "≥240次", "正向", "次", 10),
        ("档案查询响应时间", "≤30分钟", "反向", "分钟", 10),
        ("社会档案征集", "≥300件", "正向", "件", 10),
        ("利用者满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    sign(s, "温禾", "0718-3364092", day(2024, 11, 22))
    return b


@variant("khw11-tier-labels", (5,), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（50分）), abbreviated and marked tier-2s (★, *), numbered names "
         "(correct)")  # fmt: skip
def tier_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="区属撤并机构档案集中整理", dept="柘湾区档案馆 9031",
                 unit="柘湾区档案馆", money=one_year(wan(30), wan(30), wan(0)),
                 goals=["集中整理撤并机构档案 4500 卷，编制全宗指南，"
                        "实现集中统一保管。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        ("一、产出指标（50分）", "（一）数量", "1.整理撤并机构档案", "≥4500卷", "计划标准"),
        (None, None, "2.编制全宗指南", "≥12个", "计划标准"),
        (None, "（二）质量指标", "3.整理质量验收合格率", pct(0.98), "行业标准"),
        (None, "（三）时效", "4.整理任务完成时间", "2025年11月30日前", "计划标准"),
        ("二、成本指标（10分）", "★经济成本指标", "5.每卷整理成本", "≤60元/卷", "历史标准"),
        ("三、效益指标（30分）", "社会效益", "6.撤并机构档案集中保管率", "100%", "计划标准"),
        (None, "*可持续影响指标", "7.档案查找平均用时", "≤15分钟", "历史标准"),
        ("四、满意度指标（10分）", "服务对象满意度", "8.档案利用者满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值合计 100 分；指标值设定依据按计划、行业、历史标准填写。")
    sign(s, "简若栩", "0753-2690174", day(2024, 12, 6))
    return b


@variant("khw12-wrong-parent-direction", (5, 11), "project, NAT-2021, operators in words in "
         "their own column and a unit column: a tier-2 under the wrong tier-1, a 反向 "
         "duration with 大于等于")  # fmt: skip
def wrong_parent_direction() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="电子档案管理系统运维", dept="鹭汀市档案馆 52017",
                 unit="鹭汀市档案馆信息中心", money=one_year(wan(42), wan(42), wan(0)),
                 goals=["保障电子档案管理系统全年稳定运行，"
                        "按时完成版本升级与数据巡检。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "系统数据巡检", "大于等于", 52, "次"),
        (None, "质量指标", "系统可用率", "大于等于", pct(0.995, "0.0%"), "%"),
        ("成本指标", "经济成本指标", "年度运维服务费", "小于等于", 42, "万元"),
        ("效益指标", mk("时效指标", "F105", "error", note="时效 belongs under 产出指标"),
         "版本升级完成时间", "小于等于", "2025年10月31日", None),
        (None, "社会效益指标", "系统故障停机时长", mk("大于等于", "T108", "warning", row=True,
         note="a 反向 duration with 大于等于"), 4, "小时"),
        ("满意度指标", "服务对象满意度指标", "系统使用单位满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "俞澄", "0595-8817360", day(2024, 12, 2))
    return b
