"""Camel milk (驼奶) returns of the 616th held-out set: fb01 to fb06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout616.common import (
    book,
    indicators,
    lines,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout616.registry import variant
from tests.variants.kit import Book, day, mk, ok

DEPT = "塔拉沁旗农牧和科技局（312005）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "fb01-camel-stations",
    (1, 5, 11),
    "project, NAT-2021, numbered tier labels, operators inside the values, a 下降率 with ≥ and "
    "0起 on an incident count (correct)",
)
def fb01() -> Book:
    b, s = book()
    goal = ("2025年在苏仁嘎查等地新建驼奶收购站3个（其中移动式收购点1个），全年冷链收购生鲜驼奶"
            "260吨以上，带动养驼牧户120户增收。")  # fmt: skip
    project_head(s, year=2025, name="驼奶收购站点建设项目", dept=DEPT,
                 unit="塔拉沁旗驼奶产业服务中心", money=one_year(wan(160), wan(130), wan(30)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "新建驼奶收购站", "≥3个"),
        (None, None, "生鲜驼奶冷链收购量", "≥260吨"),
        (None, None, "带动养驼牧户", "≥120户"),
        (None, "（二）质量指标", "生鲜驼奶抽检合格率", "≥98%"),
        (None, "（三）时效指标", "收购站建成投用时间", "2025年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "收购站建设补助标准", "≤40万元/个"),
        (None, "（二）社会成本指标", "收购环节质量安全事故", "0起"),
        ("三、效益指标", "（一）经济效益指标", "牧户驼奶销售收入增长率", "≥8%"),
        (None, "（二）社会效益指标", "生鲜驼奶运输损耗下降率", "≥15%"),
        (None, "（三）可持续影响指标", "收购站运营管护机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "养驼牧户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows, label="绩效指标")
    sign(s, "斯琴", "0479-6213508")
    return b


@variant(
    "fb02-camel-purchase-year",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准; the goal's tonnage against the indicator, a "
    "completion date of last year",
)
def fb02() -> Book:
    b, s = book()
    goal = "2025年收购牧户生鲜驼奶300吨，建设驼奶暂存冷库2座，保障驼奶加工企业原料供应。"
    end = mk(day(2024, 12, 31), "Y102", "error", alt=("Y101", "Y104"),
             note="计划完成日期停在上一年：2025年度项目不可能在开始前完成")  # fmt: skip
    project_head(s, year=2025, name="生鲜驼奶收购补贴项目", dept=DEPT, attr="新增项目",
                 unit="塔拉沁旗驼奶产业服务中心", money=one_year(wan(95), wan(80), wan(15)),
                 goals=[goal], end=end)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "生鲜驼奶收购量",
         mk("≥360吨", "D104", "warning", row=True, note="年度目标写收购300吨，指标写≥360吨")),
        (None, None, "驼奶暂存冷库", "≥2座"),
        (None, "质量指标", "收购驼奶理化指标达标率", "≥95%"),
        (None, "时效指标", "收购补贴发放及时率", "≥95%"),
        (None, "成本指标", "驼奶收购补贴标准", "≤2000元/吨"),
        ("效益指标", "经济效益指标", "养驼户户均增收", "≥3000元"),
        (None, "可持续影响指标", "驼奶收购长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "交奶牧户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    sign(s, "乌日娜", "0479-6213617", day(2024, 11, 26))
    return b


@variant(
    "fb03-camel-powder-line",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns, tier-1 points in the labels and an "
    "indicator score column, 百分点 (correct)",
)
def fb03() -> Book:
    b, s = book()
    period = ("建成驼乳粉生产线1条，2025年—2027年累计加工生鲜驼奶1500吨，驼乳制品优级品率提高"
              "6个百分点。")  # fmt: skip
    annual = "2025年完成生产线土建和设备安装，加工生鲜驼奶400吨，优级品率提高2个百分点。"
    project_head(s, year=2025, years=3, name="驼乳粉加工生产线建设项目", dept=DEPT,
                 unit="塔拉沁旗驼乳制品有限公司", attr="新增项目",
                 money=multi_year((wan(900), wan(750), wan(150)), (wan(360), wan(300), wan(60))),
                 goals=[period, annual])  # fmt: skip
    rows = [
        ("产出指标（50分）", "数量指标", "生鲜驼奶加工量", "≥1500吨", "≥400吨", 15),
        (None, None, "驼乳粉产量", "≥180吨", "≥45吨", 10),
        (None, "质量指标", "驼乳制品优级品率提高", "≥6百分点", "≥2百分点", 10),
        (None, None, "出厂产品检验合格率", "=100%", "=100%", 5),
        (None, "时效指标", "生产线设备安装完成时间", "2025年11月30日前", "2025年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "每吨驼奶加工能耗成本", "≤0.6万元", "≤0.6万元", 10),
        ("效益指标（30分）", "经济效益指标", "驼乳制品销售收入", "≥2400万元", "≥600万元", 15),
        (None, "社会效益指标", "带动养驼牧户", "≥300户", "≥120户", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "合作牧户满意度", "≥90%", "≥90%", 10),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, head, rows)
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    notes(s, "注：一级指标括号内为该级分值，合计100分，与各三级指标分值之和一致。")
    return b


@variant(
    "fb04-camel-herds-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a year's "
    "count above the period's, a rate over 100%",
)
def fb04() -> Book:
    b, s = book()
    text = "建设标准化养驼示范户80户，驼奶单产提高10%，示范户生鲜驼奶检测合格率达到98%以上。"
    copied = mk(text, "D204", "warning", note="两年期项目，年度目标逐字照抄中期目标")
    project_head(s, year=2025, years=2, name="标准化养驼示范项目", dept=DEPT,
                 unit="塔拉沁旗家畜改良工作站", attr="新增项目",
                 money=multi_year((wan(240), wan(200), wan(40)), (wan(120), wan(100), wan(20))),
                 goals=[text, copied])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "标准化养驼示范户", "≥80户",
         mk("≥100户", "D201", "error", note="年度100户超过两年实施期的80户")),
        (None, None, "示范户技术培训", "≥16期", "≥8期"),
        (None, "质量指标", "示范户生鲜驼奶检测合格率", "≥98%",
         mk("≥102%", "T106", "error", note="合格率不能超过100%")),
        (None, "时效指标", "示范户年度验收完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "示范户补助标准", "≤1.5万元/户",
         ok("≤1.5万元/户", note="100户×1.5万元超出年度资金，是D201那一处错误带来的")),
        ("效益指标", "经济效益指标", "示范户驼奶单产提高率", "≥10%", "≥5%"),
        (None, "生态效益指标", "示范户草场载畜量达标率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, rows)
    return b


@variant(
    "fb05-camel-department",
    (4, 12),
    "department, NAT-2021, tasks adding to 金额合计, a note row inside the table, footnotes "
    "explaining the total, signature lines (correct)",
)
def fb05() -> Book:
    b, s = book("部门整体")
    tasks = [
        ("驼奶收购站运维", "8个收购站冷链设备运行维护", wan(60), "收购站全年正常运行"),
        ("驼奶质量检测", "生鲜驼奶抽检及检测设备更新", wan(45), "抽检不少于900批次"),
        ("牧民技术培训", "养驼、挤奶和卫生规范培训", wan(55), "培训牧民不少于600人次"),
        ("金额合计", None, wan(160), None),
    ]  # fmt: skip
    goal = "保障8个驼奶收购站正常运行，全年抽检生鲜驼奶900批次以上，培训牧民600人次以上。"
    department_head(s, year=2025, dept="塔拉沁旗驼奶产业服务中心",
                    budget=[(wan(420), wan(380), wan(40), wan(260), wan(160))],
                    tasks=tasks, goal=goal)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "正常运行的驼奶收购站", "=8个"),
        (None, None, "生鲜驼奶抽检批次", "≥900批次"),
        (None, None, "牧民技术培训", "≥600人次"),
        (None, "质量指标", "检测结果按期报送率", "=100%"),
        (None, "时效指标", "检测报告出具时间", "≤5个工作日"),
        ("成本指标", "经济成本指标", "每批次抽检费用", "≤300元"),
        ("效益指标", "社会效益指标", "生鲜驼奶质量安全事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "参训牧民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows[:5])
    notes(s, "说明：以下成本和效益指标按2025年检测收费标准测算。", width=4)
    s.table(rows[5:], merged=(1, 2))
    notes(s, "注：金额合计160万元为项目支出，基本支出260万元未列入年度主要任务。",
          "填表说明：指标值按年度填写。")  # fmt: skip
    sign(s, "巴图", "0479-6230415")
    return b


@variant(
    "fb06-camel-two-projects",
    (2, 12),
    "two projects stacked, OLD-NAT: the second project's money does not add up and one indicator "
    "is listed twice",
)
def fb06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="驼奶冷链运输补贴项目", dept=DEPT,
                 unit="塔拉沁旗驼奶产业服务中心", money=one_year(wan(70), wan(70), wan(0)),
                 goals=["补贴冷链运输生鲜驼奶350吨，运输途中温度达标率98%以上。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "补贴冷链运输驼奶量", "≥350吨"),
        (None, None, "驼奶样品检测批次", "≥200批"),
        (None, "成本指标", "冷链运输补贴标准", "≤2000元/吨"),
        ("效益指标", "社会效益指标", "运输途中温度达标率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    s.skip()
    total = mk(wan(85), "B101", "error", note="财政拨款60 + 其他资金20 = 80，不是85")
    project_head(s, year=2025, name="驼奶检测实验室提升项目", dept=DEPT, title="",
                 unit="塔拉沁旗农畜产品检测中心", money=one_year(total, wan(60), wan(20)),
                 goals=["新增驼奶检测设备6台（套），全年检测驼奶样品600批。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新增检测设备", "≥6台（套）"),
        (None, None, "驼奶样品检测批次", "≥600批"),
        (None, None, mk("驼奶样品检测批次数", "D101", "warning", row=True, alt=("D103",),
                        note="同一项目同一二级指标下重复"), "≥600批"),
        (None, "质量指标", "检测报告准确率", "≥99%"),
        (None, "成本指标", "设备购置单价", "≤10万元/台（套）"),
        ("效益指标", "社会效益指标", "驼奶质量问题检出后处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    lines(s, "资金明细", [("检测设备购置", wan(60)), ("试剂耗材", wan(25))], wan(85))
    return b
