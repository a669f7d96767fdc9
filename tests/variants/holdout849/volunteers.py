"""Volunteer services: kga13–kga18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout849.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout849.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kga13-volunteer-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), ty"
    "ped percent cells, weights add to 100 (correct)",
)
def volunteer_flat() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="澄岙区新时代文明实践服务中心",
                    budget=[(wan(210), wan(190), wan(20), wan(130), wan(80))],
                    goal="注册志愿者达到3.2万人，全年开展志愿服务活动1200场次，"
                         "志愿服务记录及时规范。")  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("注册志愿者人数", 15, "人", "≥", 32000),
        ("志愿服务活动场次", 15, "场", "≥", 1200),
        ("志愿服务总时长", 10, "小时", "≥", 150000),
        ("志愿者培训人次", 10, "人次", "≥", 2000),
        ("志愿服务记录及时录入率", 10, "%", "≥", pct(0.95)),
        ("志愿者意外保险覆盖率", 10, "%", "=", pct(1.0)),
        ("志愿服务项目结项及时率", 10, "%", "≥", 90),
        ("年度志愿者流失率", 10, "%", "≤", pct(0.15)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant(
    "kga14-volunteer-flat-wrong",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): weights "
    "add to 95, the same indicator twice in other words",
)
def volunteer_flat_wrong() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="柘湾市榆陂镇志愿服务站",
                    budget=[(wan(48), wan(40), wan(8), wan(18), wan(30))],
                    goal="全年开展志愿服务活动600场以上，新增注册志愿者1500人。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("志愿服务活动开展场次", "≥600", "场", 15),
        ("新增注册志愿者人数", "≥1500", "人", 15),
        ("志愿者培训覆盖率", "≥80", "%", 10),
        (mk("开展志愿服务活动场次", "D103", "warning", row=True, alt=("D101",),
            note="与第一行是同一指标"), "≥600", "场", 10),
        ("志愿服务时长记录准确率", "≥95", "%", 15),
        ("困难群众志愿帮扶户数", "≥300", "户", 10),
        ("服务对象满意度", "≥90", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15 + 15 + 10 + 10 + 15 + 10 + 20 = 95 ≠ 100")
    return b


@variant(
    "kga15-neighbour-notes",
    (4,),
    "project, OLD-NAT: a 说明 row inside the table, a header row repeated after a page brea"
    "k, 注 and 填表说明 under it, signature and a fill date of the year before (correct)",
)
def neighbour_notes() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹭汀街道“邻里守望”志愿服务项目", dept="鹭汀街道办事处",
                 unit="鹭汀街道新时代文明实践所", money=one_year(wan(36), wan(30), wan(6)),
                 goals=["组织志愿者与120户独居老人结对，每户每月上门探访2次，"
                        "紧急求助30分钟内响应。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "结对帮扶独居老人户数", "≥120户"),
        (None, None, "志愿者上门探访次数", "≥2880次"),
        (None, None, "说明：探访次数按120户×每月2次×12个月计。", None),
        (None, "质量指标", "探访记录完整率", "≥95%"),
        (None, "时效指标", "紧急求助响应时间", "≤30分钟"),
        (None, "成本指标", "志愿者交通餐饮补贴标准", "≤20元/人次"),
    ])  # fmt: skip
    s.skip()
    indicators(s, [
        ("效益指标", "社会效益指标", "独居老人紧急情况及时处置率", "≥98%"),
        (None, "可持续影响指标", "结对帮扶关系保持时间", "≥1年"),
        ("满意度指标", "服务对象满意度指标", "结对老人满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：补贴按实际探访人次据实结算，年度合计不超过6万元。",
          "填表说明：指标值须写明比较符和计量单位。")  # fmt: skip
    sign(s, "韦立群", "0739-6617302", (2024, 12, 6))
    return b


@variant(
    "kga16-training-deadline",
    (4,),
    "project, OLD-NAT, a 注 row under the table: a deadline in the next year of a one-year "
    "project, a training count below the goal's",
)
def training_deadline() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘湾市“青鸟”青年志愿者能力提升项目", dept="共青团柘湾市委",
                 unit="柘湾市青年志愿者协会", money=one_year(wan(25), wan(25), wan(0)),
                 goals=["全年培训青年志愿者800人次，"
                        "组建应急救护、心理疏导等专业服务队10支。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "青年志愿者培训人次",
         mk("≥600人次", "D104", "warning", row=True, note="年度目标写培训800人次")),
        (None, None, "专业志愿服务队组建数量", "≥10支"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2025-01-01—2025-12-31）的期限落在次年")),
        (None, "成本指标", "人均培训成本", "≤300元/人次"),
        ("效益指标", "社会效益指标", "受训志愿者参与服务人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "受训志愿者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：培训经费含场地、教材及师资费用。")
    return b


@variant(
    "kga17-points-second-sheet",
    (7, 12),
    "project in 元: head on the first sheet, the indicator table on a second sheet under he"
    "ader 预期实现值, a ceiling typed =100% (correct)",
)
def points_second_sheet() -> Book:
    b, s = start("基本信息")
    project_head(s, year=2025, name="澄岙区社区志愿服务积分兑换项目", dept="澄岙区民政局（207）",
                 unit="澄岙区志愿服务指导中心", money_label="项目资金（元）",
                 money=one_year(money(480000, YUAN), money(400000, YUAN), money(80000, YUAN)),
                 goals=["设置积分兑换点20个（其中社区12个、商户合作点8个），"
                        "6000名以上志愿者参与积分兑换。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 32, 18))
    t.title("项目绩效指标", 4)
    indicators(t, [
        ("产出指标", "数量指标", "积分兑换点数量", "≥20个"),
        (None, None, "参与积分兑换志愿者人数", "≥6000人"),
        (None, "质量指标", "志愿积分记录准确率", "≥98%"),
        (None, None, "志愿者意外保险参保率", "=100%"),
        (None, "时效指标", "兑换物资发放时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "单个兑换点年度物资费用", "≤20000元/个"),
        ("效益指标", "社会效益指标", "志愿者年均服务时长增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    return b


@variant(
    "kga18-silver-template",
    (6, 13, 1),
    "project, NAT-2021: a tier-2 left from the template, a value without a name, a typed pe"
    "rcent over 100",
)
def silver_template() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹭汀街道“银龄”志愿服务队建设项目", dept="鹭汀街道办事处",
                 unit="鹭汀街道老年协会", money=one_year(wan(30), wan(30), wan(0)),
                 goals=["组建银龄志愿服务队12支，"
                        "开展助老、调解、文明劝导服务3000人次以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "银龄志愿服务队组建数量", "≥12支"),
        (None, "质量指标", "志愿服务记录上传完整率",
         mk(pct(1.05), "T106", "error", note="完整率 105% 超过上限")),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "服务队年度活动经费标准", "≤2.5万元/支"),
        ("效益指标", "社会效益指标",
         mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
