"""Driver training subsidies and department returns: 中期 and 年度, points, money, empty names."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout369.common import book, indicators, multi_year, note, one_year, sign, wan
from tests.variants.holdout369.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
DEPT = "鹭汀县人力资源和社会保障局"


@variant(
    "vo13-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: annual "
    "counts below the period, rates equal in both (correct)",
)
def vo13() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="农村货运驾驶员职业技能提升培训",
        dept=DEPT,
        unit="鹭汀县职业技能培训指导中心",
        attr="新增项目",
        money=multi_year((270, 240, 30), (90, 80, 10)),
        goals=[
            "2025—2027年培训农村货运驾驶员1500人次，持证上岗率稳步提高。",
            "2025年培训农村货运驾驶员500人次，开展安全驾驶专题培训。",
        ],
    )
    indicators(s, TWO, [
        ("产出指标", "数量指标", "货运驾驶员培训人次", "≥1500人次", "≥500人次"),
        (None, None, "安全驾驶专题培训场次", "≥36场", "≥12场"),
        (None, "质量指标", "培训结业考核合格率", pct(0.9), pct(0.9)),
        (None, "时效指标", "年度培训完成时间", "每年11月30日前", "11月30日前"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1800元/人次", "≤1800元/人次"),
        ("效益指标", "社会效益指标", "参训驾驶员交通违法率", "≤3%", "≤3%"),
        (None, "可持续影响指标", "培训档案电子化率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训驾驶员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vo14-multi-year-defects",
    (8, 11),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "an annual count above the period, a count copied from 中期, a 故障率 with ≥",
)
def vo14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="驾驶人考场标准化建设",
        dept="澄岭市公安局（203001）",
        unit="澄岭市公安局交通警察支队车辆管理所",
        attr="新增项目",
        money=multi_year((900, 900, 0), (360, 360, 0)),
        goals=[
            "三年内完成9个考场标准化改造，建设考场智慧管理平台。",
            "2025年完成3个考场标准化改造，启动智慧管理平台建设。",
        ],
    )
    indicators(s, TWO, [
        ("产出指标", "数量指标", "标准化改造考场数量", "≥9个", "≥3个"),
        (None, None, "考场电子围栏设置点位", "≥270个",
         mk("≥300个", "D201", "error", note="年度300个超过三年270个")),
        (None, None, "考试员岗位培训人次", "≥240人次",
         mk("≥240人次", "D202", "warning", note="三年累计数照抄到年度")),
        (None, "质量指标", "改造考场验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造完成时间", "每年12月31日前", "12月31日前"),
        ("成本指标", "经济成本指标", "单个考场改造费用", "≤100万元", "≤100万元"),
        ("效益指标", "社会效益指标", "考场设备故障率",
         mk("≥2%", "T108", "warning", row=True, alt=("D203",),
            note="故障率是反向指标，应为≤"), "≤2%"),
        ("满意度指标", "服务对象满意度指标", "考生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "vo15-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a pass rate raised in 百分点 (correct)",
)
def vo15() -> Book:
    b, s = book("绩效目标")
    project_head(
        s,
        year=2025,
        name="新领证驾驶人安全文明驾驶教育",
        dept="望川县公安局交通管理大队",
        unit="望川县公安局交通管理大队车管中队",
        money=one_year(12, 12, 0),
        goals=["对新领证驾驶人开展安全文明驾驶教育，降低新手驾驶人肇事率。"],
    )
    indicators(s, SCORED, [
        ("产出指标", 50, "数量指标", "新领证驾驶人教育人次", "≥4000人次", 20),
        (None, None, None, "安全教育进驾校场次", "≥24场", 10),
        (None, None, "质量指标", "科目一考试一次通过率较上年提高", "≥2百分点", 10),
        (None, None, "时效指标", "教育课程上线时间", "3月31日前", 10),
        ("成本指标", 10, "经济成本指标", "人均教育成本", "≤30元/人次", 10),
        ("效益指标", 30, "社会效益指标", "新手驾驶人交通事故下降率", "≥5%", 20),
        (None, None, "可持续影响指标", "驾驶人安全教育长效机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受教育驾驶人满意度", pct(0.9), 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "vo16-points-empty-names",
    (6, 10, 13),
    "project, NAT-2021, tier-1 and indicator score "
    "columns: one tier's scores short of its points, a value without a name, a template "
    "tier-2 left empty",
)
def vo16() -> Book:
    b, s = book("绩效目标")
    project_head(
        s,
        year=2025,
        name="驾校教练员教学能力评定",
        dept="柘溪区交通运输局",
        unit="柘溪区运输服务中心",
        money=one_year(8, 8, 0),
        goals=["评定全区教练员教学能力等级，建立教练员诚信档案。"],
    )
    indicators(s, SCORED, [
        ("产出指标", mk(50, "W103", "error", note="产出指标50分，其下指标分值20+10+10=40"),
         "数量指标", "参加评定教练员人数", "≥400人", 20),
        (None, None, None, mk(None, "F110", "error", note="有指标值而无三级指标名称"),
         "≥20场", 10),
        (None, None, "质量指标", "评定结果复核准确率", "≥98%", 10),
        ("成本指标", 10, "经济成本指标", "人均评定费用", "≤200元/人", 10),
        ("效益指标", 30, "社会效益指标", "教练员诚信档案建档率", "≥95%", 20),
        (None, None, mk("生态效益指标", "F109", "warning", row=True,
                        note="模板留下的二级指标，没有三级指标和指标值"), None, None, None),
        (None, None, "可持续影响指标", "教练员评定结果运用机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参评教练员满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 90),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计90，随W103一并容许")
    return b


NAT = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "vo17-department-money",
    (12,),
    "department, NAT-2021: budget and key tasks adding up, "
    "the 金额合计 equal to 项目支出 with a note saying so (correct)",
)
def vo17() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2025,
        dept="望川县运输服务中心",
        budget=[(wan(640), wan(610), wan(30), wan(455), wan(185))],
        tasks=[
            ("驾培行业监管", "驾校质量信誉考核、计时平台运维", wan(72), "完成11所驾校考核"),
            ("道路运输从业资格考试", "货运、客运从业人员考试组织", wan(68), "组织考试≥40场"),
            ("机动车维修行业监管", "维修企业检查与质量纠纷调解", wan(45), "检查企业≥120家"),
            ("金额合计", None, wan(185), None),
        ],
        goal="规范驾培、从业资格考试和维修市场秩序，提升运输服务质量。",
    )
    note(s, "注：金额合计为项目支出185万元，基本支出455万元未列入年度主要任务。")
    indicators(s, NAT, [
        ("产出指标", "数量指标", "驾校质量信誉考核数量", "≥11所"),
        (None, None, "从业资格考试场次", "≥40场"),
        (None, "质量指标", "考试成绩录入准确率", "=100%"),
        (None, "时效指标", "考核结果公布时间", "12月31日前"),
        ("成本指标", "经济成本指标", "单场考试组织成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "驾培维修领域有效投诉下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "褚映秋", "0736-5590318", day(2024, 11, 28))
    return b


@variant(
    "vo18-department-money-wrong",
    (6, 12),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, key tasks not adding to 金额合计, a template tier-2 left empty",
)
def vo18() -> Book:
    b, s = book("部门整体")
    total = mk(wan(880), "B101", "error", note="基本支出600 + 项目支出270 = 870 ≠ 880")
    department_head(
        s,
        year=2025,
        dept="柘溪区运输服务中心",
        budget=[(total, wan(850), wan(30), wan(600), wan(270))],
        tasks=[
            ("驾校学员培训资金监管", "第三方存管、分段拨付", wan(96), "存管覆盖全部驾校"),
            ("驾培机构日常监管", "双随机检查、教练员继续教育", wan(88), "检查≥40次"),
            ("驾驶人考试服务保障", "考场租赁与考务保障", wan(76), "保障考试≥300场"),
            (
                "金额合计",
                None,
                mk(wan(270), "B102", "error", note="96 + 88 + 76 = 260 ≠ 270"),
                None,
            ),
        ],
        goal="落实驾培行业监管，保障驾驶人考试服务。",
    )
    indicators(s, NAT, [
        ("产出指标", "数量指标", "驾培机构双随机检查次数", "≥40次"),
        (None, None, "保障驾驶人考试场次", "≥300场"),
        (None, "质量指标", "培训资金存管覆盖率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="时效指标下没有三级指标和指标值，模板行未填"), None, None),
        ("成本指标", "经济成本指标", "单场考试保障成本", "≤2500元/场"),
        ("效益指标", "社会效益指标", "培训费纠纷投诉下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "驾校学员满意度", "≥90%"),
    ])  # fmt: skip
    return b
