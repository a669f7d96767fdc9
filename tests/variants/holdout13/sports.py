"""体育 venue special funds: a table starting in column B, 中期 and 年度 columns with a direction
column, a detail-lines block, a department table with 实施周期 and 年度 values."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout13.common import cofund, head_at, sign
from tests.variants.holdout13.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标方向", "备注")


@variant("y11-fitness-centre-ok", (1, 8, 11), "project at column B, 中期/年度, direction column")
def y11() -> Book:
    b = Book()
    s = b.sheet("体育场馆", (3, 16, 18, 30, 16, 16, 10, 18))
    head_at(s, col=2, year=2025, name="榆林湾区全民健身设施补短板工程", dept="榆林湾区文化体育局",
            unit="榆林湾区体育事业发展中心", years=2, width=7, money_rows=[
                ("项目资金（万元）", "中期资金总额", money(3000, WAN), "年度资金总额",
                 money(1800, WAN)),
                (None, "其中：财政拨款", money(3000, WAN), "其中：财政拨款", money(1800, WAN)),
                (None, "其他资金", money(0, WAN), "其他资金", money(0, WAN))],
            goals=("2025—2026年建成全民健身中心2个、社区多功能运动场40个。",
                   "2025年建成全民健身中心1个、社区多功能运动场24个。"))  # fmt: skip
    cofund(s, (720, 540, 360, 180), col=2, label="年度资金来源（万元）")
    s.row(*HEAD, col=2)
    s.table([
        ("成本指标", "经济成本指标", "健身中心建设单位造价", "≤4500元/平方米", "≤4500元/平方米",
         "反向", None),
        (None, "生态环境成本指标", "施工噪声超标投诉", "≤2件", "≤1件", "反向", None),
        ("产出指标", "数量指标", "新建全民健身中心", "2个", "1个", "正向", None),
        (None, None, "新建社区多功能运动场", "≥40个", "≥24个", "正向", None),
        (None, "质量指标", "工程竣工验收合格率", pct(1.0), pct(1.0), "正向", None),
        (None, "时效指标", "场馆免费低收费开放时间", "≥35小时/周", "≥35小时/周", "正向",
         "含节假日"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%", "≥37%", "正向", None),
        (None, None, "人均体育场地面积", "≥2.8平方米", "≥2.6平方米", "正向", None),
        (None, "可持续影响指标", "场馆运营收支比", "1:1", "1:1", "正向", "收支平衡"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "95%以上", "95%以上", "正向", None),
    ], merged=(1, 2), col=2)  # fmt: skip
    sign(s, 2025, col=2, who="钟雪", boss="卫国强")
    return b


@variant("y12-stadium-renovation-wrong", (8, 9), "project, 中期/年度, detail lines, planted")
def y12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 18))
    project_head(s, year=2025, name="沱江县体育场改造提升专项", dept="沱江县教育体育局",
                 unit="沱江县体育场管理所", years=2, money=[
                     ("中期资金总额", money(300, WAN), "年度资金总额", money(180, WAN)),
                     ("其中：财政拨款", money(300, WAN), "其中：财政拨款", money(180, WAN)),
                     ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=("两年完成体育场跑道、看台和灯光改造。",
                        "2025年完成跑道和看台改造。"))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "改造塑胶跑道", "≥8000平方米", "≥5000平方米", None),
        (None, None, "更换看台座椅", "≥10个",
         mk("≥12个", "D201", "error", note="annual above period"), "看台分区"),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%", None),
        (None, "时效指标", "年度改造任务完成时间", "2026年9月30日前", "2025年12月31日前", None),
        ("成本指标", "经济成本指标", "塑胶跑道改造单价", "≤180元/平方米", "≤180元/平方米", None),
        ("效益指标", "社会效益指标", "体育场年接待健身人次", "≥30万人次", "≥12万人次", None),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%",
         mk("≥100%", "T106", "error", note="satisfaction cannot exceed 100%"), None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("资金测算明细（万元）", merge=[(1, 3)])
    s.row("序号", "支出内容", "金额（万元）")
    s.row(1, "塑胶跑道改造", mk("120万120万", "X106", "error", alt=("B108",)))
    s.row(2, "看台座椅更换", 60)
    s.row("合计", None, 180)
    sign(s, 2025, who="付婷", boss="钱国栋")
    return b


@variant("y16-greenway-wrong", (11,), "project, one value column, planted direction/year/dup")
def y16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 18, 18))
    project_head(s, year=2025, name="凤鸣山健身步道建设专项", dept="岑南县文化广电体育和旅游局",
                 unit="岑南县全民健身服务中心", money=[
                     ("年度资金总额", money(260, WAN), "其中：财政拨款", money(200, WAN)),
                     ("其他资金", money(60, WAN), None, None)],
                 goals=("建成凤鸣山健身步道12公里及配套驿站3处。",))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "新建健身步道", "≥12公里", None),
        (None, None, "配套休息驿站", "≥3处", None),
        (None, "质量指标", "步道工程验收合格率", "100%", None),
        (None, "时效指标", "步道完工时间",
         mk("2023年10月31日前", "Y102", "error", alt=("Y101", "Y103")), None),
        ("成本指标", "经济成本指标", "步道每公里造价", "≤20万元", None),
        ("效益指标", "社会效益指标", "步道年使用人次", "≥15万人次", None),
        (None, None, "步道安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="反向 rate with ≥"), None),
        (None, "可持续影响指标", "步道日常管护机制", "建立并执行", None),
        (None, None, mk("新建健身步道", "D101", "warning", row=True, alt=("D102", "D103", "F201")),
         "≥12公里", None),
        ("满意度指标", "服务对象满意度指标", "登山群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="包晓", boss="程峰")
    return b


@variant("y17-sports-department-ok", (3, 8), "department, 实施周期 and 年度 values")
def y17() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 18))
    department_head(s, year=2025, dept="临崖市体育局", filled=day(2024, 11, 5), budget=[
        (money(2680, WAN), money(2580, WAN), money(100, WAN), money(980, WAN),
         money(1700, WAN))],
        tasks=[("全民健身赛事活动", "举办市级全民健身赛事", money(500, WAN), "赛事≥20场"),
               ("公共体育场馆开放补助", "对公共体育场馆免费低收费开放给予补助",
                money(700, WAN), "开放场馆≥12个"),
               ("青少年体育训练", "业余训练和后备人才培养", money(500, WAN), "在训≥900人"),
               ("金额合计", None, money(1700, WAN), None)],
        goal="目标1：全民健身赛事覆盖各区县；目标2：公共体育场馆免费低收费开放；"
             "目标3：青少年后备人才培养质量提升。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "举办市级全民健身赛事", "≥60场", "≥20场", "实施周期2025—2027年"),
        (None, None, "免费低收费开放场馆", "≥12个", "≥12个", "同一批场馆"),
        (None, "质量指标", "赛事安全事故发生率", "≤0.5‰", "≤0.5‰", None),
        (None, "时效指标", "开放补助拨付时限", "≤30个工作日", "≤30个工作日", None),
        ("成本指标", "经济成本指标", "单场市级赛事补助", "≤25万元", "≤25万元", None),
        ("效益指标", "社会效益指标", "青少年业余训练人次", "≥2700人次", "≥900人次", None),
        (None, "可持续影响指标", "后备人才输送机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", pct(0.92), pct(0.92), None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="邱蓉", boss="史波")
    return b
