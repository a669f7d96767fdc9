"""Rent subsidies (住房租赁补贴): kgu07–kgu12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout869.common import book, header, notes, project, sign, tiers, wan
from tests.variants.holdout869.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kgu07-subsidy-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, a goal count that is part of another "
         "(correct)")  # fmt: skip
def subsidy_flat() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄岭市住房保障服务中心",
                    budget=[(wan(2860), wan(2800), wan(60), wan(460), wan(2400))],
                    tasks=[("租赁补贴发放", "向符合条件的3200户家庭发放住房租赁补贴", wan(1920),
                            "补贴按季足额发放"),
                           ("公租房运营管理", "公租房配租、退出及日常巡查", wan(480),
                            "配租率保持95%以上"),
                           ("金额合计", None, wan(2400), None)],
                    goal="全年为3200户（其中新增保障家庭450户）发放租赁补贴，补贴发放差错率控制在"
                    "1%以内，公租房配租率95%以上。")  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("租赁补贴发放户数", 20, "户", "≥", 3200),
        ("新增保障家庭户数", 10, "户", "≥", 450),
        ("户均年补贴标准", 10, "元/户", "≤", 6000),
        ("补贴按季发放及时率", 15, "%", "≥", pct(0.98)),
        ("补贴发放差错率", 15, "%", "≤", pct(0.01)),
        ("公租房配租率", 15, "%", "≥", pct(0.95)),
        ("保障对象满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("kgu08-subsidy-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): the "
         "goal's household count, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def subsidy_flat_wrong() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="栗阳县住房保障所",
                    budget=[(wan(1320), wan(1300), wan(20), wan(180), wan(1140))],
                    tasks=[("城镇住房租赁补贴", "向城镇低收入住房困难家庭发放租赁补贴", wan(860),
                            "按季足额发放"),
                           ("公租房维修养护", "公租房日常维修及报修处理", wan(280),
                            "报修及时处理"),
                           ("金额合计", None, wan(1140), None)],
                    goal="全年为2860户城镇低收入住房困难家庭发放租赁补贴，补贴发放差错率控制在"
                    "0.5%以内。")  # fmt: skip
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("租赁补贴发放户数", mk("≥2680", "D104", "warning", row=True,
                                 note="年度总体目标写2860户"), "正向", "户", 20),
        ("户均年补贴标准", "≤3000", "反向", "元/户", 15),
        ("补贴发放差错率", mk("≥0.5", "T108", "warning", row=True,
                               note="差错率是反向指标，目标写“控制在0.5%以内”"), "反向", "%", 15),
        ("申请审核办结时限", "≤20", "反向", "工作日", 15),
        ("公租房报修处理及时率", "≥95", "正向", "%", 15),
        ("保障对象满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计20+15+15+15+15+15=95，应为100")
    return b


@variant("kgu09-subsidy-points", (10, 1, 5),
         "project, NAT-2021, tier labels with points and an indicator 分值 column (both add to "
         "100), typed percent cells, a burden rate lowered in 百分点 (correct)")  # fmt: skip
def subsidy_points() -> Book:
    b, s = book()
    project(s, year=2025, name="澄岭市新市民保障性租赁住房租金补贴", dept="澄岭市住房和城乡建设局",
            unit="澄岭市住房保障服务中心", total=640, fiscal=600, other=40,
            goal="为1600名新就业大学生和青年人发放租金补贴，人均年补贴不超过3600元，使补贴对象"
            "住房租金负担率下降2个百分点以上。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    tiers(s, [
        ("产出指标（40分）", "数量指标", "补贴发放人数", "≥1600人", 10),
        (None, "质量指标", "补贴资格审核准确率", "≥98%", 15),
        (None, "时效指标", "补贴按月发放及时率", pct(1), 15),
        ("成本指标（10分）", "经济成本指标", "人均年补贴标准", "≤3600元/人", 10),
        ("效益指标（30分）", "社会效益指标", "补贴对象租金负担率下降", "≥2百分点", 15),
        (None, "可持续影响指标", "保障性租赁住房政策知晓率", "≥85%", 15),
        ("满意度指标（20分）", "服务对象满意度指标", "补贴对象满意度", "≥90%", 20),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("kgu10-subsidy-last-year", (12,),
         "project, OLD-NAT, header 预期目标: 资金总额 not the sum of its parts, last year's "
         "goal and deadline left in a 2025 return")  # fmt: skip
def subsidy_last_year() -> Book:
    b, s = book()
    project(s, year=2025, name="枫渡区城镇住房保障家庭租赁补贴", dept="枫渡区住房和城乡建设局",
            unit="枫渡区住房保障服务站",
            total=mk(wan(900), "B101", "error", note="财政拨款820 + 其他资金60 = 880，不是900"),
            fiscal=820, other=60,
            goal=mk("2024年度为1650户城镇住房保障家庭发放租赁补贴，每季度末前足额发放到户。",
                    "Y103", "warning", alt=("Y101",), note="上年的年度目标未改年份"))  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    tiers(s, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥1650户"),
        (None, "质量指标", "补贴发放准确率", "≥99%"),
        (None, "时效指标", "补贴发放完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025年度项目的期限写成上年")),
        (None, "成本指标", "户均年补贴标准", "≤5000元/户"),
        ("效益指标", "社会效益指标", "保障家庭住房困难缓解率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "保障家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu11-subsidy-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's unit standard "
         "against its goal and money, and a deadline in the year before")  # fmt: skip
def subsidy_stacked_wrong() -> Book:
    b, s = book("绩效目标表")
    project(s, year=2025, name="栗阳县公租房租赁补贴", dept="栗阳县住房和城乡建设局",
            unit="栗阳县住房保障所", total=620, fiscal=560, other=60,
            goal="为1550户家庭发放租赁补贴，户均年补贴不超过4000元。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "补贴发放户数", "≥1550户"),
        (None, "质量指标", "补贴发放准确率", "≥99%"),
        (None, "时效指标", "补贴发放时间", "2025年12月20日前"),
        (None, "成本指标", "户均年补贴标准", "≤4000元/户"),
        ("效益指标", "社会效益指标", "住房困难家庭保障覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, year=2025, name="栗阳县引进人才住房租赁补贴", dept="栗阳县住房和城乡建设局",
            unit="栗阳县人才服务中心", total=960, fiscal=960, other=0, title="",
            goal="为400名引进人才发放住房租赁补贴，人均年补贴不超过2.4万元，2025年9月30日前"
            "完成年度资格复核。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "人才补贴发放人数", "≥400人"),
        (None, "质量指标", "资格复核准确率", "≥98%"),
        (None, "时效指标", "资格复核完成时间",
         mk("2024年9月30日前", "Y102", "error", alt=("Y101", "Y103", "D104"),
            note="目标写2025年9月30日前，指标留着上年日期")),
        (None, "成本指标", "人均年补贴标准",
         mk("≤3.0万元/人", "B107", "warning", row=True, alt=("D104",),
            note="3.0万元×400人=1200万元，超过资金960万元；目标写2.4万元")),
        ("效益指标", "社会效益指标", "引进人才留存率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu12-subsidy-department-notes", (4, 12),
         "department, NAT-2021, tasks adding to 项目支出, a 说明 row inside the table, the "
         "header repeated after a page break, footnotes and a prior-year fill date "
         "(correct)")  # fmt: skip
def subsidy_department_notes() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="枫渡区住房和城乡建设局", filled=day(2024, 11, 26),
                    budget=[(wan(3450), wan(3300), wan(150), wan(650), wan(2800))],
                    tasks=[("住房租赁补贴", "向2100户保障家庭发放租赁补贴", wan(1500),
                            "按季足额发放"),
                           ("公租房维修养护", "完成公租房900套维修养护", wan(800),
                            "房屋完好、报修及时"),
                           ("老旧小区改造前期", "完成5个老旧小区改造方案设计", wan(500),
                            "具备开工条件"),
                           ("金额合计", None, wan(2800), None)],
                    goal="1.为2100户发放租赁补贴；2.完成公租房维修养护900套；3.完成5个老旧小区"
                    "改造前期设计。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    notes(s, "说明：以下指标按季度跟踪，年末考核。", width=4)
    tiers(s, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥2100户"),
        (None, None, "公租房维修养护套数", "≥900套"),
        (None, None, "老旧小区改造方案设计完成数", "≥5个"),
        (None, "质量指标", "维修工程验收合格率", "≥98%"),
        (None, "时效指标", "补贴季度发放及时率", "≥98%"),
    ])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("成本指标", "经济成本指标", "户均年补贴标准", "≤7000元/户"),
        (None, None, "套均维修养护成本", "≤8800元/套"),
        ("效益指标", "社会效益指标", "住房保障投诉率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "保障对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.项目支出2800万元为上列三项任务合计（1500+800+500）；",
          "2.户均补贴按2100户测算为1470万元，其余30万元用于补贴资格复核。")  # fmt: skip
    sign(s, "韦柏宁", "0771-6625179", day(2024, 11, 26, CN_DATE))
    return b
