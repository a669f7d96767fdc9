"""The herb drying houses: building, refitting and running 烘干房 (hw07–hw12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout689.common import (
    DEPT_AGRI,
    HEAD,
    HEAD_OP,
    YEAR,
    details,
    footer,
    period_money,
    start,
    table,
    w,
    year_money,
)
from tests.variants.holdout689.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栎岗县中药材产业发展中心"


@variant("hw07-drying-house-build", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, a 下降率 with ≥, "
         "detail lines adding up, unit costs within their lines (correct)")  # fmt: skip
def hw07() -> Book:
    b, s = start()
    goal = ("在栎岗县中药材产业园新建标准化烘干房2座，配置热泵烘干设备4台，"
            "年烘干猪苓、白芨等药材300吨以上。")  # fmt: skip
    project_head(s, year=YEAR, name="中药材产业园标准化烘干房建设", dept=DEPT_AGRI, unit=UNIT,
                 attr="一次性项目", money=year_money(w(96), w(90), w(6)), goals=[goal])  # fmt: skip
    details(s, [("烘干房土建（2座×28万元）", w(56), "按施工图预算"),
                ("热泵烘干设备（4台×8万元）", w(32), "按三家询价"),
                ("电力增容及配套", w(8), "按供电所报价")], w(96))  # fmt: skip
    table(s, HEAD_OP, [
        ("产出指标", "数量指标", "新建中药材烘干房", "=", 2, "座"),
        (None, None, "购置热泵烘干设备", "≥", 4, "台"),
        (None, "质量指标", "烘干房竣工验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "烘干房投入使用时间", "≤", day(2026, 9, 30, CN_DATE), "日期"),
        (None, "成本指标", "烘干房建设成本", "≤", 28, "万元/座"),
        (None, None, "热泵烘干设备购置单价", "≤", 8, "万元/台"),
        ("效益指标", "经济效益指标", "鲜药材霉变损耗下降率", "≥", pct(0.2), "%"),
        (None, "社会效益指标", "年烘干猪苓、白芨等药材", "≥", 300, "吨"),
        (None, "可持续影响指标", "烘干房设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "合作社及种植户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    footer(s, [], "晏德厚", "0839-7265512", (2025, 12, 2))
    return b


@variant("hw08-drying-cost-lines", (12,),
         "project, NAT-2021, inline values, detail lines: the lines short of their 合计, a "
         "unit cost × count beyond the money, a capacity below the goal's")  # fmt: skip
def hw08() -> Book:
    b, s = start()
    goal = ("在苍峁镇建设中药材产地烘干房1座，配置烘干设备6台，日处理鲜药材8吨，"
            "服务周边猪苓、白芨种植户。")  # fmt: skip
    project_head(s, year=YEAR, name="苍峁镇中药材产地烘干房建设", dept=DEPT_AGRI, unit=UNIT,
                 attr="新增项目", money=year_money(w(120), w(100), w(20)),
                 goals=[goal])  # fmt: skip
    total = mk(w(120), "B102", "error", row=True, note="明细62+42+12=116万元，合计却写120万元")
    details(s, [("烘干房土建", w(62), "1座，按施工图预算"), ("烘干设备购置", w(42), "6台"),
                ("配套冷库及电力增容", w(12), "按询价")], total)  # fmt: skip
    price = mk("≤22万元/台", "B107", "warning", row=True,
               note="22万元/台×6台=132万元，超过年度资金120万元（明细中设备仅42万元）")  # fmt: skip
    short = mk("≥6吨", "D104", "warning", row=True, note="年度目标写日处理鲜药材8吨")
    table(s, HEAD, [
        ("产出指标", "数量指标", "新建产地烘干房", "1座"),
        (None, None, "购置烘干设备", "≥6台"),
        (None, None, "烘干房日处理鲜药材能力", short),
        (None, "质量指标", "烘干房竣工验收合格率", "100%"),
        (None, "时效指标", "烘干房投入使用时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "烘干设备购置单价", price),
        ("效益指标", "经济效益指标", "烘干服务收入", "≥15万元"),
        (None, "社会效益指标", "服务周边种植户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "晏德厚", "0839-7265512", (2025, 12, 2))
    return b


@variant("hw09-drying-refit-years", (5, 7),
         "project, OLD-NAT, tier labels with * and ★ and abbreviated, header 绩效目标值: the "
         "plan's end and a deadline left in 2025, a quality rate under 时效")  # fmt: skip
def hw09() -> Book:
    b, s = start()
    end = mk(day(2025, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
             note="计划完成日期仍是上一年的2025年12月31日，早于开始日期2026年3月1日")  # fmt: skip
    project_head(s, year=YEAR, name="雾垭乡烘干房节能改造", dept=DEPT_AGRI, unit=UNIT,
                 start=day(2026, 3, 1), end=end, money=year_money(w(48), w(45), w(3)),
                 goals=["对雾垭乡烘干房进行节能改造，更换热泵烘干机组2套，2026年10月底前恢复"
                        "烘干，年烘干药材150吨。"])  # fmt: skip
    late = mk("2025年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
              note="年度目标写2026年10月底前，指标仍是上年日期")  # fmt: skip
    water = mk("≥95%", "F201", "warning", row=True, note="含水率达标率是质量指标，填在时效下")
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("*产出指标", "数量", "更换热泵烘干机组", "≥2套"),
        (None, None, "年烘干药材量", "≥150吨"),
        (None, "质量", "改造工程验收合格率", "100%"),
        (None, "时效", "烘干房恢复投入使用时间", late),
        (None, None, "烘干成品含水率达标率", water),
        (None, "成本", "热泵烘干机组购置单价", "≤20万元/套"),
        ("★效益指标", "社会效益", "服务种植户", "≥120户"),
        (None, "生态效益", "单位烘干能耗下降率", "≥15%"),
        ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "晏德厚", "0839-7265512", (2026, 1, 8))
    return b


@variant("hw10-drying-second-sheet", (4, 7),
         "project: head on 项目基本信息, the table on a second sheet under 预期实现值, a total "
         "with its parts as indicators and a footnote explaining it (correct)")  # fmt: skip
def hw10() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=YEAR, name="猪苓白芨产地初加工烘干服务", dept=DEPT_AGRI, unit=UNIT,
                 money=year_money(w(36), w(30), w(6)),
                 goals=["依托产业园烘干房开展猪苓、白芨产地初加工，烘干猪苓120吨、白芨90吨，"
                        "建立烘干批次质量追溯台账。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 34, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "年烘干药材量（含猪苓、白芨及其他药材）", "≥300吨"),
        (None, None, "其中：烘干猪苓", "≥120吨"),
        (None, None, "其中：烘干白芨", "≥90吨"),
        (None, "质量指标", "烘干批次抽检合格率", "≥95%"),
        (None, "时效指标", "鲜药材入库至烘干完成时间", "≤48小时"),
        ("成本指标", "经济成本指标", "单位烘干运行成本", "≤800元/吨"),
        ("效益指标", "经济效益指标", "烘干药材商品率", "≥90%"),
        (None, "社会效益指标", "服务种植户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    footer(t, ["注：年烘干药材300吨为烘干房全部处理量，含猪苓120吨、白芨90吨、其他药材90吨。"],
           "晏德厚", "0839-7265512", (2025, 12, 2), width=4)  # fmt: skip
    return b


@variant("hw11-drying-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def hw11() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=UNIT, filled=day(2025, 11, 21),
                    budget=[(w(260), w(230), w(30), w(110), w(150))],
                    goal="目标1：全县6座烘干房全年正常运行，烘干药材900吨以上；目标2：开展"
                         "初加工技术培训300人次；目标3：组织县中药材交易日24期。",
                    tasks=[("烘干房运行维护", "全县6座烘干房运行、检修", w(60), "运行≥6座"),
                           ("产地初加工技术服务", "初加工培训和质量抽检", w(50), "培训≥300人次"),
                           ("中药材交易日组织", "全年24期交易日", w(40), "举办≥24期"),
                           ("金额合计", None, w(150), None)])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table([
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        ("烘干房正常运行座数", 15, "座", "≥", 6),
        ("年烘干药材量", 15, "吨", "≥", 900),
        ("烘干批次抽检合格率", 15, "%", "≥", pct(0.95)),
        ("初加工技术培训", 10, "人次", "≥", 300),
        ("举办县中药材交易日", 10, "期", "≥", 24),
        ("烘干服务响应时间", 10, "小时", "≤", 48),
        ("单位烘干能耗", 10, "千瓦时/吨", "≤", 350),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    footer(s, [], "晏德厚", "0839-7265512", (2025, 11, 21))
    return b


@variant("hw12-drying-two-years", (8, 12),
         "two-year project, NAT-2021, 实施期 and 年度 columns: the year's money above the "
         "period's, a count copied from 实施期, a near-duplicate rate")  # fmt: skip
def hw12() -> Book:
    b, s = start()
    annual = mk(w(175), "B103", "error", note="年度资金175万元大于中期资金总额160万元")
    project_head(s, year=YEAR, name="产地烘干房布点建设（2026—2027年）", dept=DEPT_AGRI,
                 unit=UNIT, years=2, attr="新增项目",
                 money=period_money((w(160), w(140), w(20)), (annual, w(155), w(20))),
                 goals=["2026—2027年在苍峁镇、雾垭乡各建成产地烘干房1座（共2座），两年累计"
                        "烘干药材600吨。",
                        "2026年建成苍峁镇烘干房1座并投入使用，烘干药材200吨。"])  # fmt: skip
    copied = mk("2座", "D202", "warning", alt=("D104",),
                note="年度目标写2026年建成1座，年度值照抄实施期的2座")  # fmt: skip
    near = mk("≥90%", "D103", "warning", row=True, alt=("D101", "D102"),
              note="与“烘干批次合格率”是同一指标，多“产品”二字，值却不同")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成产地烘干房", "2座", copied),
        (None, None, "烘干药材量", "≥600吨", "≥200吨"),
        (None, "质量指标", "烘干批次合格率", "≥95%", "≥95%"),
        (None, None, "烘干批次产品合格率", "≥90%", near),
        (None, "时效指标", "烘干房建成投入使用时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座烘干房建设成本", "≤70万元/座", "≤70万元/座"),
        ("效益指标", "社会效益指标", "服务种植户", "≥400户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "晏德厚", "0839-7265512", (2025, 12, 2))
    return b
