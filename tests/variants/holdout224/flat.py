"""Department tables with points at two levels and flat indicator lists (指标名称 with weight,
unit, direction or operator columns in varying order), one on a second sheet (pz06, pz07, pz08,
pz11, pz15, pz18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout224.common import (
    COST,
    ECON,
    EFF,
    NUM,
    OUT,
    QUA,
    SAT,
    SOC,
    SUS,
    TIME,
    USER,
    book,
    budget,
    labelled,
    note,
    sign,
    table,
    total,
    wan,
)
from tests.variants.holdout224.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pz06-county-education-tier-scores", (10,), "department (教育局), a tier-1 score column "
         "beside the tier-1 and an indicator score column: 产出 declared 40 holds 45, 效益 "
         "declared 30 holds 25, a satisfaction ≥100%")  # fmt: skip
def pz06() -> Book:
    b, s = book("Sheet1", (12, 8, 16, 28, 18, 8))
    s.title("云梧县教育局2026年度部门整体支出绩效目标表", 6)
    s.row("部门名称", "云梧县教育局", None, "填报日期", "2025-11-24", None, merge=[(2, 3)])
    budget(s, [wan(6920), wan(6780), wan(140), wan(4060), wan(2860)])
    s.row("年度总体目标", "落实学生资助政策，做到应助尽助；开展送教上门和教师培训，义务教育"
          "巩固水平稳步提高。", merge=[(2, 6)])  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        (OUT, mk(40, "W103", "error", note="10 + 5 + 10 + 10 + 10 = 45"), NUM,
         "资助家庭经济困难学生人次", "≥4200人次", 10),
        (None, None, None, "送教上门残疾儿童人数", "≥60人", 5),
        (None, None, QUA, "资助资金足额发放率", "=100%", 10),
        (None, None, None, "中小学教师培训考核合格率", "≥95%", 10),
        (None, None, TIME, "资助资金发放时间", "2026年11月30日前", 10),
        (COST, 10, ECON, "普通高中国家助学金补助标准", "≤2000元/人·年", 10),
        (EFF, mk(30, "W103", "error", note="10 + 10 + 5 = 25"), SOC,
         "家庭经济困难学生资助覆盖率", "=100%", 10),
        (None, None, None, "义务教育巩固率", "≥98%", 10),
        (None, None, SUS, "学生资助长效机制", "健全", 5),
        (SAT, 20, USER, "受助学生及家长满意度",
         mk("≥100%", "T106", "error", alt=("T114",)), 10),
        (None, None, None, "教师满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("pz07-county-sport-points-labels", (5, 10), "department (体育局), numbered tier labels "
         "with points (一、产出指标（45分）, 1.数量指标) and indicator points, both adding to "
         "100, 彩票公益金 as other funds, a rise of ≥1百分点 (correct)")  # fmt: skip
def pz07() -> Book:
    b, s = book("绩效目标表", (18, 18, 30, 18, 8))
    s.title("鹤汀县体育局2026年度部门整体支出绩效目标表", 6)
    s.row("部门名称", "鹤汀县体育局", None, "填报人", "蔡文博 0745-6230917")
    budget(
        s,
        [wan(1650), wan(1180), wan(470), wan(560), wan(1090)],
        heads=("资金总额", "财政拨款", "其他资金（体育彩票公益金）", "基本支出", "项目支出"),
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（45分）", "1.数量指标", "举办县级全民健身赛事", "≥12场", 8),
        (None, None, "新建更新全民健身路径", "≥30个", 8),
        (None, None, "培训社会体育指导员", "≥300人", 7),
        (None, "2.质量指标", "健身器材安装验收合格率", "=100%", 7),
        (None, None, "国民体质监测合格率", "≥92%", 7),
        (None, "3.时效指标", "健身路径安装完成时间", "2026年10月31日前", 8),
        ("二、成本指标（10分）", "1.经济成本指标", "健身路径单套采购安装成本", "≤3万元/套", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "经常参加体育锻炼人数比例提高", "≥1百分点",
         10),
        (None, None, "输送青少年体育后备人才", "≥10人", 10),
        (None, "2.可持续影响指标", "全民健身设施长效管护机制", "健全", 10),
        ("四、满意度指标（15分）", "1.服务对象满意度指标", "健身群众满意度", "≥90%", 8),
        (None, None, "参赛运动员满意度", "≥90%", 7),
    ])  # fmt: skip
    total(s, "合计", None, None, 100, span=2)
    note(s, "注：一级指标分值为其下三级指标分值之和，总分100分。", 5)
    return b


@variant("pz08-county-sport-flat-defects", (3, 11), "department (体育局), flat list (序号 · "
         "指标名称 · 指标值 · 计量单位 · 指标方向 · 权重): a placeholder value, ≥ on a 反向 伤病"
         "发生率, weights adding to 95")  # fmt: skip
def pz08() -> Book:
    b, s = book("Sheet1", (8, 28, 12, 12, 12, 10))
    s.title("桐川县体育局2026年部门整体支出绩效目标表", 6)
    s.row("部门名称", "桐川县体育局", None, "联系电话", "0735-2281640", None, merge=[(2, 3)])
    budget(s, [wan(1284), wan(1230), wan(54), wan(702), wan(582)])
    b.file_mark("W101", "error", note="15 + 8 × 10 = 95")
    table(s, ("序号", "指标名称", "指标值", "计量单位", "指标方向", "权重"), [
        (1, "全民健身赛事活动场次", "≥20", "场", "正向", 15),
        (2, "全民健身活动参与人次", mk("≥XX", "X101", "error", alt=("T101",)), "人次", "正向",
         10),
        (3, "新建社区多功能运动场", "≥4", "个", "正向", 10),
        (4, "体育场馆免费开放天数", "≥300", "天", "正向", 10),
        (5, "健身器材完好率", "≥95", "%", "正向", 10),
        (6, "运动员训练伤病发生率", mk("≥3", "T108", "warning", row=True), "%", "反向", 10),
        (7, "体育赛事安全事故起数", "=0", "起", "反向", 10),
        (8, "赛事组织人均成本", "≤60", "元/人次", "反向", 10),
        (9, "健身群众满意度", "≥90", "%", "正向", 10),
    ], merged=())  # fmt: skip
    sign(s, "填表人：聂远", None, "审核人：郑书华", None, "2025年11月30日")
    return b


@variant("pz11-city-sport-flat-operators", (1, 3), "department (体育局), flat list (序号 · "
         "指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), bare numbers and "
         "percents typed as percents, =0 accidents, weights adding to 100 in a 合计 row "
         "(correct)")  # fmt: skip
def pz11() -> Book:
    b, s = book("部门整体支出绩效目标", (8, 30, 8, 12, 10, 12))
    s.title("青枫市体育局2026年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", "青枫市体育局", None, "部门预算编码", "412001", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    budget(s, [wan(4315), wan(3860), wan(455), wan(2590), wan(1725)])
    s.row("年度总体目标", "举办全民健身赛事活动60场以上，新建更新健身路径35个，国民体质监测"
          "达标率达到92%以上，群众健身满意度不断提升。", merge=[(2, 6)])  # fmt: skip
    table(s, ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        (1, "全民健身赛事活动场次", 15, "场", "≥", 60),
        (2, "新建更新健身路径", 10, "个", "≥", 35),
        (3, "社会体育指导员培训人数", 10, "人", "≥", 400),
        (4, "公共体育场馆每周开放时长", 10, "小时", "≥", 35),
        (5, "输送青少年体育后备人才", 10, "人", "≥", 12),
        (6, "健身器材安装验收合格率", 10, "%", "=", pct(1)),
        (7, "场馆安全事故发生起数", 10, "起", "=", 0),
        (8, "体育赛事组织人均成本", 5, "元/人次", "≤", 85),
        (9, "国民体质监测达标率", 10, "%", "≥", pct(0.92)),
        (10, "健身群众满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    total(s, "合计", 100, span=2)
    sign(s, "填报人：", "钟雨桐", "审核人：", "贺建平", "联系电话：", "0738-8216045")
    return b


@variant("pz15-county-health-second-sheet", (3, 7, 12), "department (卫健委): head, money "
         "and key tasks on the first sheet, a flat list (指标值 · 计量单位 · 指标方向 · 权重) "
         "on a second, weights adding to 90 with 预算执行率 scored apart as stated "
         "(correct)")  # fmt: skip
def pz15() -> Book:
    b, s = book("部门基本情况", (16, 20, 30, 14, 30))
    s.title("桐川县卫生健康局2026年部门整体支出绩效目标申报表", 6)
    s.row("部门名称", "桐川县卫生健康局", None, "填报日期", "2025年11月18日")
    budget(s, [wan(2860), wan(2790), wan(70), wan(1980), wan(880)])
    labelled(s, "年度主要任务", ("任务名称", "主要内容", "金额（万元）", "期望达到的目标"), [
        ("家庭医生签约服务", "组建家庭医生团队，为签约居民提供健康管理", 460,
         "签约服务居民38000人"),
        ("基本公共卫生服务", "老年人、孕产妇等重点人群健康管理", 300,
         "65岁以上老年人健康管理率达到70%以上"),
        ("医疗质量提升", "县级医院院感防控及临床专科能力建设", 120,
         "院内感染发生率控制在3%以下"),
        ("金额合计", None, 880, None),
    ])  # fmt: skip
    t = b.sheet("绩效指标", (8, 34, 10, 10, 10, 10))
    t.title("年度绩效指标（权重合计90分，预算执行率10分另行评价）", 6)
    table(t, ("序号", "指标名称", "指标值", "计量单位", "指标方向", "权重（分）"), [
        (1, "家庭医生签约服务人数", "≥38000", "人", "正向", 10),
        (2, "65岁以上老年人健康管理率", "≥70", "%", "正向", 10),
        (3, "孕产妇系统管理率", "≥90", "%", "正向", 10),
        (4, "院内感染发生率", "≤3", "%", "反向", 10),
        (5, "门诊抗菌药物处方比例下降", "≥2", "百分点", "正向", 10),
        (6, "医疗纠纷调解成功率", "≥90", "%", "正向", 10),
        (7, "家庭医生签约服务人均经费", "≤120", "元/人", "反向", 10),
        (8, "居民健康素养水平", "≥28", "%", "正向", 10),
        (9, "居民就医满意度", "≥90", "%", "正向", 10),
    ], merged=())  # fmt: skip
    note(t, "注：预算执行率10分在年终绩效评价时另行计分，不列入本表。", 6)
    return b


@variant("pz18-township-flat-duplicates", (3, 12), "department (乡镇政府), six-column head with "
         "key tasks, flat list (指标名称 · 计量单位 · 年度指标值 · 权重): the same road indicator "
         "twice with 45 and 54 公里, 人次 against a 场 unit column")  # fmt: skip
def pz18() -> Book:
    b, s = book("Sheet1", (16, 26, 28, 14, 18, 10))
    department_head(
        s, year=2026, dept="鹤汀县枫林镇人民政府",
        budget=[(wan(1068), wan(1020), wan(48), wan(774), wan(294))],
        tasks=[
            ("农村公路养护", "乡村道路日常养护及小修", 108, "养护农村公路45公里"),
            ("防溺水和安全宣传", "进村入校开展防溺水宣传", 12, "开展防溺水宣传活动20场"),
            ("村级公益事业建设", "一事一议村级公益项目", 150, "实施村级公益项目8个"),
            ("退役军人和优抚服务", "优抚对象走访慰问", 24, "走访慰问优抚对象160人次"),
            ("金额合计", None, 294, None),
        ],
        goal="保障农村公路安全畅通，实施村级公益项目8个，做好防溺水宣传和优抚服务。",
    )  # fmt: skip
    table(s, ("序号", "指标名称", "计量单位", "年度指标值", "权重"), [
        (1, "农村公路养护里程", "公里", mk("≥45", "D102", "error", required=False), 15),
        (2, "开展防溺水宣传活动", "场",
         mk("≥600人次", "T112", "error", row=True, alt=("D104",)), 10),
        (3, "村级公益项目实施个数", "个", "≥8", 10),
        (4, "优抚对象走访慰问人次", "人次", "≥160", 10),
        (5, "农村公路优良路率", "%", "≥75", 10),
        (6, "农村公路养护里程", "公里",
         mk("≥54", "D102", "error", row=True, alt=("D101", "D103", "D104")), 10),
        (7, "公益项目验收合格率", "%", "=100", 10),
        (8, "溺水死亡事故起数", "起", "=0", 10),
        (9, "群众满意度", "%", "≥90", 15),
    ], merged=())  # fmt: skip
    return b
