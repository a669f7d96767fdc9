"""The export-inspection support service: kac13 to kac18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout695.common import book, indicators, notes, one_year, signature, wan
from tests.variants.holdout695.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "苇汀县商务局（317009）"
UNIT = "苇汀县出口水产品检验服务中心"


@variant("kac13-inspection-tasks", (12,), "department, NAT-2021, key tasks not adding to 金额合计, "
         "a batch count below the goal's, a timeliness rate twice with a word more")  # fmt: skip
def inspection_tasks() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=UNIT,
                    budget=[[wan(320), wan(280), wan(40), wan(120), wan(200)]], tasks=[
                        ("出口报检协助", "协助企业报检、取样送检", wan(60), "协助报检1200批"),
                        ("质检员培训", "培训出口企业质检员", wan(75), "培训80人"),
                        ("实验室检测", "药残与重金属检测", wan(55), "检测样品2000批次"),
                        ("金额合计", None, mk(wan(200), "B102", "error",
                                             note="60 + 75 + 55 = 190，不等于金额合计200"), None)],
                    goal="全年协助完成出口批次检验1200批，培训出口企业质检员80人。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "出口批次检验协助数量", mk(
            "≥1000批", "D104", "warning", note="年度总体目标和任务写1200批，指标只有1000批")),
        (None, None, "出口企业质检员培训", "≥80人"),
        (None, "质量指标", "检验报告出具准确率", "≥99%"),
        (None, "时效指标", "检验报告出具及时率", "≥95%"),
        (None, None, "出口检验报告出具及时率", mk(
            "≥98%", "D102", "error", alt=("D103", "D101"),
            note="与上一行是同一指标（多“出口”二字），指标值95%/98%不同")),
        ("成本指标", "经济成本指标", "单批次协助成本", "≤0.05万元/批"),
        ("效益指标", "经济效益指标", "协助出口鳗鲡货值", "≥12000万元"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "骆晴岚", "0596-7752264", day(2024, 11, 25))
    return b


@variant("kac14-export-service-department", (1, 12), "department, NAT-2021, key tasks adding to "
         "项目支出, a goal total with its parts in brackets, typed percent cells, a note on the "
         "total (correct)")  # fmt: skip
def export_service_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="苇汀县外贸综合服务中心",
                    budget=[[wan(180), wan(150), wan(30), wan(70), wan(110)]], tasks=[
                        ("活鳗出口报检服务", "报检资料审核、装运前核查", wan(40), "服务600批"),
                        ("烤鳗出口报检服务", "成品抽样、单证辅导", wan(45), "服务300批"),
                        ("出口企业检验培训", "出口检验法规与自检培训", wan(25), "培训50人次"),
                        ("金额合计", None, wan(110), None)],
                    goal="协助企业完成出口报检900批（其中活鳗600批、烤鳗300批），开展出口企业"
                         "质检培训50人次。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "活鳗出口报检协助", "≥600批"),
        (None, None, "烤鳗出口报检协助", "≥300批"),
        (None, None, "出口企业质检培训", "≥50人次"),
        (None, "质量指标", "报检一次通过率", pct(0.97)),
        (None, "时效指标", "报检资料审核时限", "≤2个工作日"),
        ("成本指标", "经济成本指标", "单批次报检服务成本", "≤0.09万元/批"),
        ("效益指标", "社会效益指标", "出口违规通报事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", pct(0.93)),
    ])  # fmt: skip
    notes(s, "注：金额合计110万元即项目支出，不含基本支出70万元。")
    signature(s, "邓若溪", "0596-7760137", day(2024, 11, 12))
    return b


@variant("kac15-inspection-platform-two-year", (8,), "two-year project 2025—2026, NAT-2021, 中期 "
         "and 年度 columns: cumulative counts copied, the year's deadline in 2026")  # fmt: skip
def inspection_platform_two_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="鳗鲡出口检验辅助服务平台建设项目", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=[
                     ["中期资金总额", wan(200), "年度资金总额", wan(120)],
                     ["其中：财政拨款", wan(170), "其中：财政拨款", wan(100)],
                     ["其他资金", wan(30), "其他资金", wan(20)]],
                 goals=["两年建成出口检验辅助服务平台，服务出口企业60家，协助报检2000批。",
                        "2025年完成平台一期开发，接入出口企业30家。"])  # fmt: skip
    copied = "两年期项目中累计数量的年度值与实施期相同"
    indicators(s, [
        ("产出指标", "数量指标", "服务出口企业", "≥60家", mk(
            "≥60家", "D202", "warning", note=copied)),
        (None, None, "协助出口报检", "≥2000批", mk("≥2000批", "D202", "warning", note=copied)),
        (None, "质量指标", "报检一次通过率", "≥97%", "≥97%"),
        (None, "时效指标", "平台上线时间", "2026年6月30日前", mk(
            "2026年6月30日前", "Y102", "warning", alt=("Y103", "D202"),
            note="年度（2025年）指标的期限落在2026年，是从中期列照抄的")),
        ("成本指标", "经济成本指标", "单批次服务成本", "≤0.05万元/批", "≤0.05万元/批"),
        ("效益指标", "经济效益指标", "出口退货批次率", "≤1%", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    signature(s, "骆晴岚", "0596-7752264", day(2024, 12, 3))
    return b


@variant("kac16-stacked-export-projects", (2,), "two projects stacked in one sheet, OLD-NAT, "
         "the same satisfaction name with different values in each (correct)")  # fmt: skip
def stacked_export_projects() -> Book:
    b, s = book()
    project_head(s, year=2025, name="出口活鳗检疫协助项目", dept=DEPT, unit=UNIT,
                 money=one_year(40, 35, 5),
                 goals=["协助活鳗出口检疫800批，检疫一次通过率97%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "活鳗检疫协助", "≥800批"),
        (None, "质量指标", "检疫一次通过率", "≥97%"),
        (None, "时效指标", "检疫资料审核时限", "≤1个工作日"),
        (None, "成本指标", "单批次协助成本", "≤0.04万元/批"),
        ("效益指标", "经济效益指标", "活鳗出口货值", "≥8000万元"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="出口烤鳗冷链监测项目", dept=DEPT, unit=UNIT,
                 money=one_year(55, 45, 10),
                 goals=["布设冷链温度监测点25个，全程温控达标。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冷链温度监测点", "≥25个"),
        (None, "质量指标", "冷链温控达标率", "≥98%"),
        (None, "时效指标", "监测点建成时间", "2025年6月30日前"),
        (None, "成本指标", "单个监测点建设成本", "≤1.8万元/个"),
        ("效益指标", "社会效益指标", "冷链断链事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kac17-export-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left empty, a value without a name, last year's year in an indicator name")  # fmt: skip
def export_template_rows() -> Book:
    b, s = book()
    project_head(s, year=2025, name="出口企业自检能力提升项目", dept=DEPT, unit=UNIT,
                 money=one_year(48, 40, 8),
                 goals=["辅导出口企业建立自检室12家，协助报检500批。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "辅导出口企业建立自检室", "≥12家"),
        (None, None, "2024年出口报检协助批次", mk(
            "≥500批", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年的表里指标名写2024年，是上一年的表留下的")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值≥95%，三级指标名称空着"),
         "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行，没有三级指标和指标值"),
         None, None),
        ("成本指标", "经济成本指标", "单家企业辅导成本", "≤3万元/家"),
        ("效益指标", "经济效益指标", "自检企业出口货值", "≥5000万元"),
        ("满意度指标", "服务对象满意度指标", "受辅导企业满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    signature(s, "邓若溪", "0596-7760137", day(2024, 11, 27))
    return b


@variant("kac18-export-flat-defects", (3,), "department, flat list 指标名称 · 权重 · 计量单位 · "
         "指标性质 · 指标值: weights adding to 95, a rate given as a count, a count below the "
         "goal's")  # fmt: skip
def export_flat_defects() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="苇汀县出口食品安全服务站",
                    budget=[[wan(150), wan(130), wan(20), wan(60), wan(90)]],
                    goal="全年辅导出口企业30家建立自检体系，协助出口报检700批。")  # fmt: skip
    indicators(s, [
        ("辅导出口企业建立自检体系", 20, "家", "≥", mk(
            25, "D104", "warning", row=True, note="年度总体目标写30家，指标只有25家")),
        ("协助出口报检", 20, "批", "≥", 700),
        ("报检一次通过率", 15, "批", "≥", mk(
            300, "T105", "error", row=True, note="比率类指标填成300批")),
        ("出口违规通报事件", 10, "起", "≤", 0),
        ("报检资料审核时限", 10, "个工作日", "≤", 2),
        ("出口企业满意度", 20, "%", "≥", 90),
    ], head=("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+10+10+20 = 95，不是100")
    signature(s, "邓若溪", "0596-7760137", day(2024, 11, 14))
    return b
