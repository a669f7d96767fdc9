"""Returns kcj01–kcj06: ranger patrols in 霁峰国家公园 and the bureau's patrol department."""

from __future__ import annotations

from tests.variants.holdout754.common import (
    HEAD_OP,
    HEAD_PERIOD,
    PARK,
    book,
    department,
    indicators,
    note,
    one_year_money,
    period_money,
    project,
    sign,
    wan,
)
from tests.variants.holdout754.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kcj01-patrol-annual", (1, 4, 7),
         "project, OLD-NAT, operator column and unit column, typed percent cells, 注 row, "
         "signature lines (correct)")  # fmt: skip
def kcj01() -> Book:
    b, s = book()
    project(s, name="霁峰国家公园日常巡护项目", unit=PARK, money=one_year_money(96, 90, 6),
            goals=["全年组织200名护林员开展日常巡护不少于2400人次、巡护里程不少于18000公里，"
                   "森林火灾受害率控制在0.9‰以内，不发生重大森林火灾。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "日常巡护人次", "≥", 2400, "人次"),
        (None, None, "巡护里程", "≥", 18000, "公里"),
        (None, None, "参与巡护护林员人数", "≥", 200, "人"),
        (None, "质量指标", "巡护轨迹上传率", "≥", pct(0.95), "%"),
        (None, "时效指标", "巡护日志提交时限", "≤", 3, "个工作日"),
        (None, "成本指标", "护林员巡护补助标准", "≤", 0.36, "万元/人·年"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰"),
        (None, None, "重大森林火灾发生次数", "=", 0, "起"),
        (None, "社会效益指标", "涉林违法案件发生数下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：指标性质列填写比较符；补助标准200人×0.36万元=72万元，其余用于巡护装备。")
    sign(s, "邬承林", "8826 3107")
    return b


@variant("kcj02-patrol-goal-mismatch", (7,),
         "project, OLD-NAT, header 预期目标: mileage against the goal, a deadline in last year, "
         "a quality rate under 时效")  # fmt: skip
def kcj02() -> Book:
    b, s = book()
    project(s, name="霁峰国家公园东片区巡护体系建设", unit=PARK, money=one_year_money(150, 130, 20),
            goals=["2025年完成东片区巡护里程12000公里，新建巡护步道8公里，"
                   "12月底前完成巡护管理平台升级。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "东片区巡护里程",
         mk("≥10000公里", "D104", "warning", row=True, note="年度目标写12000公里")),
        (None, None, "新建巡护步道长度", "≥8公里"),
        (None, "质量指标", "巡护发现问题整改率", "≥95%"),
        (None, "时效指标", "巡护管理平台升级完成时间",
         mk("2024年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="上一年度的期限留在2025年的表里；目标写12月底前")),
        (None, None, "巡护步道验收合格率",
         mk("≥95%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        (None, "成本指标", "巡护步道建设单价", "≤12万元/公里"),
        ("效益指标", "社会效益指标", "违规进入核心保护区人次", "≤50人次"),
        (None, "生态效益指标", "东片区林草覆盖率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcj03-patrol-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def kcj03() -> Book:
    b, s = book()
    project(s, name="巡护队伍能力提升培训", unit=PARK, money=one_year_money(48, 48, 0),
            goals=["举办巡护技能培训6期，培训护林员300人次，考核合格率不低于95%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "巡护技能培训期数", "≥6期"),
        (None, None, "巡护人员培训人次", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训费用", "≤0.16万元/人次"),
        ("效益指标", "社会效益指标", "巡护队员持证上岗率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(
        s,
        title="",
        name="森林防火瞭望监测",
        unit=PARK,
        money=one_year_money(66, 60, 6),
        goals=["维护瞭望塔12座，24小时值守，培训瞭望员40人次，火情发现后30分钟内上报。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "维护瞭望塔数量", "≥12座"),
        (None, None, "巡护人员培训人次", "≥40人次"),
        (None, "质量指标", "瞭望设备完好率", "≥95%"),
        (None, "时效指标", "火情上报时限", "≤30分钟"),
        (None, "成本指标", "单座瞭望塔年维护费", "≤4.5万元/座"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcj04-patrol-department", (4, 12),
         "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额, tasks short of 金额合计, "
         "training count against the goal; 说明 row under the table")  # fmt: skip
def kcj04() -> Book:
    b, s = book()
    department(s, dept="霁峰国家公园管理局巡护执法处", budget=[(
        mk(wan(2680), "B101", "error", row=True, note="1180 + 1450 = 2630 ≠ 2680"),
        wan(2450), wan(230), wan(1180), wan(1450))], tasks=[
        ("日常巡护", "全域网格化巡护", wan(620), "巡护覆盖率≥95%"),
        ("森林防火", "瞭望值守与扑火队伍", wan(480), "不发生重大森林火灾"),
        ("护林员轮训", "分片区轮训", wan(150), "轮训4期"),
        ("金额合计", None, mk(wan(1450), "B102", "error", note="620 + 480 + 150 = 1250"), None),
    ], goal="目标1：全域网格化巡护覆盖率不低于95%；目标2：开展护林员轮训4期、培训600人次；"
            "目标3：不发生重大森林火灾。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "护林员轮训期数",
         mk("≥3期", "D104", "warning", row=True, note="总体目标写轮训4期")),
        (None, None, "护林员轮训人次", "≥600人次"),
        (None, "质量指标", "网格化巡护覆盖率", "≥95%"),
        (None, "时效指标", "火情处置响应时间", "≤30分钟"),
        ("效益指标", "生态效益指标", "重大森林火灾发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：基本支出含人员经费与公用经费，项目支出明细见年度主要任务。")
    return b


@variant("kcj05-patrol-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns, the period's counts beside smaller "
         "annual ones, a later year the work prepares for (correct)")  # fmt: skip
def kcj05() -> Book:
    b, s = book()
    project(s, name="霁峰国家公园智慧巡护体系建设", unit=PARK, years=3, attr="新增项目",
            money=period_money((wan(540), wan(480), wan(60)), (wan(180), wan(160), wan(20))),
            goals=["2025年—2027年布设智能监测终端300套，建成全域智慧巡护网络，"
                   "为2028年接入国家公园统一监管平台积累数据。",
                   "2025年布设智能监测终端100套，完成西片区巡护网络建设。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "智能监测终端布设数量", "≥300套", "≥100套"),
        (None, None, "巡护网络覆盖片区数", "3个", "1个"),
        (None, "质量指标", "终端在线率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单套终端采购安装费", "≤1.5万元/套", "≤1.5万元/套"),
        ("效益指标", "生态效益指标", "盗猎盗伐案件发生数下降率", "≥30%", "≥10%"),
        (None, "可持续影响指标", "巡护数据共享部门数", "≥5个", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "一线巡护人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcj06-patrol-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): "
         "a near-duplicate coverage rate, weights short of 100")  # fmt: skip
def kcj06() -> Book:
    b, s = book()
    department(
        s,
        dept="霁峰国家公园南岭保护站",
        budget=[(wan(420), wan(400), wan(20), wan(260), wan(160))],
        goal="完成南岭片区网格化巡护，巡护覆盖率不低于95%，野外火源管控到位。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.row("巡护区域覆盖率", 20, "%", "≥", pct(0.95))
    s.row("巡护人次", 20, "人次", "≥", 1500)
    s.row("野外火源检查次数", 15, "次", "≥", 120)
    s.row(mk("巡护覆盖率", "D103", "warning", row=True, alt=("D101", "D102"),
             note="与巡护区域覆盖率是同一指标，值不同"), 15, "%", "≥", pct(0.9))  # fmt: skip
    s.row("森林火灾受害率", 15, "‰", "≤", 0.9)
    s.row("周边群众满意度", 10, "%", "≥", pct(0.9))
    b.file_mark("W101", "error", note="20+20+15+15+15+10 = 95，应为100")
    sign(s, "颜楚舟", "8826 4410", day(2024, 12, 2))
    return b
