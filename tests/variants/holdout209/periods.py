"""Projects with 中期 and 年度 columns: three- and two-year projects, a one-year project with
both columns, an operator column before the two value columns (pk07–pk12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout209.common import TWO, book, indicators, period_money, sign, wan
from tests.variants.holdout209.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pk07-tcm-inheritance-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: cumulative counts below their period values, a 2028 deadline inside the "
         "period, per-人 and per-个 standards within each column's money (correct)")  # fmt: skip
def pk07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="中医药传承创新项目", dept="青岚市卫生健康委员会（402）",
        unit="青岚市中医院",
        money=period_money((wan(450), wan(400), wan(50)), (wan(150), wan(130), wan(20))),
        goals=["2026年至2028年建设名老中医药专家传承工作室6个，培养中医药传承人才30人，开展中医"
               "适宜技术推广培训1200人次。",
               "2026年建设名老中医药专家传承工作室2个，培养中医药传承人才10人，开展中医适宜技术"
               "推广培训400人次。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建设名老中医药专家传承工作室", "≥6个", "≥2个"),
        (None, None, "培养中医药传承人才", "≥30人", "≥10人"),
        (None, None, "中医适宜技术推广培训", "≥1200人次", "≥400人次"),
        (None, "质量指标", "传承人才结业考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "传承工作室建设完成时间", "2028年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "传承人才培养经费标准", "≤5万元/人", "≤5万元/人"),
        (None, None, "传承工作室建设补助标准", "≤20万元/个", "≤20万元/个"),
        ("效益指标", "社会效益指标", "中医药服务门诊人次增长率", "≥15%", "≥5%"),
        (None, None, "基层医疗机构中医适宜技术推广覆盖率", pct(1), pct(0.8)),
        (None, "可持续影响指标", "传承工作室长效运行机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "跟师学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pk08-chronic-annual-above-period", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count (≥35个) above its period count (≥30个), a 规范管理率 given "
         "as ≥3000人 in the 年度 column")  # fmt: skip
def pk08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="慢性病综合防控示范区建设项目", dept="临溪县卫生健康局（301）",
        unit="临溪县疾病预防控制中心",
        money=period_money((wan(200), wan(180), wan(20)), (wan(100), wan(90), wan(10))),
        goals=["两年完成35岁以上居民慢性病筛查20000人，建设健康支持性环境30个，高血压、糖尿病"
               "患者规范管理率达到70%以上。",
               "2026年完成35岁以上居民慢性病筛查10000人，启动健康支持性环境建设。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "35岁以上居民慢性病筛查人数", "≥20000人", "≥10000人"),
        (None, None, "建设健康支持性环境", "≥30个",
         mk("≥36个", "D201", "error", note="a cumulative count: the year cannot pass the 30个 "
            "of the whole period")),
        (None, None, "培训健康生活方式指导员", "≥400人", "≥200人"),
        (None, "质量指标", "高血压患者规范管理率", "≥70%",
         mk(mk("≥3000人", "T105", "error", note="a 管理率 needs a percentage"), "D203",
            "warning", required=False, note="the same slip seen as a form mismatch")),
        (None, None, "糖尿病患者规范管理率", "≥70%", "≥65%"),
        (None, "时效指标", "筛查结果反馈时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "慢性病筛查人均成本", "≤60元/人", "≤60元/人"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "提高≥2百分点", "提高≥1百分点"),
        (None, None, "重大慢性病过早死亡率", "≤12%", "≤12%"),
        (None, "可持续影响指标", "慢性病综合防控工作机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "筛查居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pk09-sentinel-one-year-equal", (8,), "one-year project with 中期 and 年度 columns, "
         "NAT-2021: money, goals and values legitimately identical in both columns, a "
         "漏报率 ≤2%, a 知晓率 change in 百分点 (correct)")  # fmt: skip
def pk09() -> Book:
    b, s = book("Sheet1")
    goal = ("在6家哨点医院开展流感样病例监测，全年采集检测标本2400份，标本检测结果准确率达到98%"
            "以上。")  # fmt: skip
    project_head(
        s, year=2026, name="流感及新发传染病哨点监测项目", dept="青岚市卫生健康委员会（402）",
        unit="青岚市疾病预防控制中心", attr="常年项目",
        money=period_money((wan(64), wan(64), wan(0)), (wan(64), wan(64), wan(0))),
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "流感样病例监测哨点医院数", "≥6家", "≥6家"),
        (None, None, "采集检测流感样病例标本", "≥2400份", "≥2400份"),
        (None, "质量指标", "标本检测结果准确率", "≥98%", "≥98%"),
        (None, None, "哨点医院监测漏报率", "≤2%", "≤2%"),
        (None, "时效指标", "监测周报发布时限", "≤3个工作日", "≤3个工作日"),
        (None, None, "年度哨点工作考核完成时间", "2026年12月20日前", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单份标本检测成本", "≤200元/份", "≤200元/份"),
        ("效益指标", "社会效益指标", "公众传染病防治知识知晓率", "提高≥5百分点", "提高≥5百分点"),
        (None, "可持续影响指标", "哨点监测网络运行", "稳定", "稳定"),
        ("满意度指标", "服务对象满意度指标", "哨点医院满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗嘉禾", "钟晓岚", "0598-6620415")
    return b


@variant("pk10-village-clinic-goal-and-duplicate", (8,), "three-year project, NAT-2021, 中期 "
         "and 年度 columns: the 年度目标 says 培训600人次, the indicator ≥500人次; 家庭医生签约服务"
         "覆盖率 again under 可持续影响指标 with the same values")  # fmt: skip
def pk10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="基层医疗卫生服务能力提升工程",
        dept="白沙河区卫生健康局（215）", unit="白沙河区卫生健康局",
        money=period_money((wan(900), wan(810), wan(90)), (wan(300), wan(270), wan(30))),
        goals=["三年完成标准化村卫生室建设60个，培训基层卫生人员1500人次，家庭医生签约服务覆盖率"
               "达到75%。",
               "2026年完成标准化村卫生室建设20个，培训基层卫生人员600人次，家庭医生签约服务覆盖率"
               "达到65%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "标准化村卫生室建设数", "≥60个", "≥20个"),
        (None, None, "培训基层卫生人员", "≥1500人次",
         mk("≥500人次", "D104", "warning", row=True, note="the 年度目标 names 600人次")),
        (None, "质量指标", "村卫生室建设验收合格率", pct(1), pct(1)),
        (None, "时效指标", "村卫生室年度建设任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "村卫生室标准化建设补助", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "家庭医生签约服务覆盖率", "≥75%", "≥65%"),
        (None, None, "村卫生室诊疗人次增长率", "≥20%", "≥8%"),
        (None, "可持续影响指标", "村卫生室运行维护机制", "健全", "健全"),
        (None, None,
         mk("家庭医生签约服务覆盖率", "D101", "warning", row=True, alt=("D102", "D103"),
            note="the same indicator as under 社会效益指标, same values"), "≥75%", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pk11-maternal-operator-column", (8, 11), "two-year project, NAT-2021, an operator "
         "column before 中期 and 年度 values and a unit column; 孕产妇死亡率 ≤ 10 /10万 and 婴儿"
         "死亡率 ≤ 5 ‰, per-人 and per-人次 standards within the money (correct)")  # fmt: skip
def pk11() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="孕产妇和儿童健康管理项目", dept="青岚市卫生健康委员会（402）",
        unit="青岚市妇幼保健院",
        money=period_money((wan(260), wan(220), wan(40)), (wan(130), wan(110), wan(20))),
        goals=["两年为辖区9000名孕产妇提供系统管理，完成0～6岁儿童健康体检60000人次，孕产妇死亡率"
               "和婴儿死亡率持续控制在较低水平。",
               "2026年为4500名孕产妇提供系统管理，完成0～6岁儿童健康体检30000人次，高危孕产妇"
               "专案管理800人。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "孕产妇系统管理人数", "≥", 9000, 4500, "人"),
        (None, None, "0～6岁儿童健康体检", "≥", 60000, 30000, "人次"),
        (None, None, "高危孕产妇专案管理", "≥", 1600, 800, "人"),
        (None, "质量指标", "孕产妇系统管理率", "≥", 92, 92, "%"),
        (None, None, "0～6岁儿童健康管理率", "≥", 90, 90, "%"),
        (None, "时效指标", "高危孕产妇专案建档时限", "≤", 7, 7, "日"),
        ("成本指标", "经济成本指标", "高危孕产妇专案管理补助标准", "≤", 250, 250, "元/人"),
        (None, None, "儿童健康体检补助标准", "≤", 30, 30, "元/人次"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤", 10, 10, "/10万"),
        (None, None, "婴儿死亡率", "≤", 5, 5, "‰"),
        (None, "可持续影响指标", "妇幼健康服务网络运行机制", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pk12-chest-pain-date-and-infection", (8, 11), "three-year project 2026–2028, "
         "NAT-2021, 中期 and 年度 columns: a 中期 deadline in 2029, after the period; 院内感染"
         "发生率 with ≥ in both columns")  # fmt: skip
def pk12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="胸痛中心和卒中中心建设项目", dept="临溪县卫生健康局（301）",
        unit="临溪县人民医院", attr="新增项目",
        money=period_money((wan(750), wan(600), wan(150)), (wan(280), wan(230), wan(50))),
        goals=["三年建成县级胸痛中心和卒中中心并通过认证，急性心肌梗死患者再灌注治疗率达到80%。",
               "2026年完成胸痛中心和卒中中心基础设施改造，培训急救人员200人次。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培训急救人员", "≥600人次", "≥200人次"),
        (None, None, "纳入区域协同救治网络的医疗机构", "≥15家", "≥5家"),
        (None, "质量指标", "急性心肌梗死患者再灌注治疗率", "≥80%", "≥70%"),
        (None, "时效指标", "建设任务完成时间",
         mk("2029年6月30日前", "Y102", "error", alt=("Y103",),
            note="after the project period 2026–2028"), "2026年12月31日前"),
        (None, None, "急性心肌梗死患者门-球时间", "≤90分钟", "≤90分钟"),
        ("成本指标", "经济成本指标", "急救人员培训费用标准", "≤800元/人次", "≤800元/人次"),
        ("效益指标", "社会效益指标", "院内感染发生率",
         mk("≥3%", "T108", "warning", row=True, note="a harm: ≤ meant (both columns)"), "≥3%"),
        (None, None, "急性缺血性脑卒中患者静脉溶栓率", "≥30%", "≥25%"),
        (None, "可持续影响指标", "区域胸痛卒中协同救治机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
