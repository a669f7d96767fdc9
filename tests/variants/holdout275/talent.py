"""Talent programmes: postdoctoral stations, talent apartments and high-level talent
introduction, as project returns and a department's flat list."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout275.common import WAN4, details, one_year, sign, start, table
from tests.variants.holdout275.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("ry07-postdoc-points", (1, 10),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, operator and unit columns, typed percents, a share raised in 百分点 "
         "(correct)")  # fmt: skip
def postdoc_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="2025年博士后工作站建设资助", dept="鹤汀市人力资源和社会保障局",
                 unit="鹤汀市人才发展服务中心", money=one_year(260, 240, 20),
                 goals=["新设博士后工作站5个，新招收进站博士后20人，"
                        "提高博士后出站留本市比例。"])  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值"), [
        ("产出指标", 50, "数量指标", "新设博士后工作站", "≥", 5, "个", 10),
        (None, None, None, "新招收进站博士后", "≥", 20, "人", 15),
        (None, None, "质量指标", "博士后研究课题开题通过率", "≥", pct(0.95), "%", 15),
        (None, None, "时效指标", "资助资金拨付及时率", "=", pct(1), "%", 10),
        ("成本指标", 10, "经济成本指标", "博士后日常经费资助标准", "≤", 10, "万元/人·年", 10),
        ("效益指标", 30, "社会效益指标", "博士后出站留本市工作比例比上年提高", "≥", 5, "百分点",
         10),
        (None, None, "经济效益指标", "博士后参与企业技术攻关项目", "≥", 15, "项", 10),
        (None, None, "可持续影响指标", "博士后科研成果转化", "≥", 6, "项", 10),
        ("满意度指标", 10, "服务对象满意度指标", "设站单位满意度", "≥", pct(0.9), "%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, None, None, 100, merge=[(3, 7)])
    sign(s, "魏听澜", "8413275", day(2024, 12, 10))
    return b


@variant("ry08-apartment-artefacts", (9, 12),
         "project, NAT-2021, one value column, a detail block under the table: an end date "
         "pasted as a serial in text, an amount split by a space, an amount pasted "
         "twice")  # fmt: skip
def apartment_artefacts() -> Book:
    b, s = start()
    fiscal = mk("1206.37 5", "X105", "warning", alt=("X103",),
                note="数字被空格断开，应读作 1206.375；读作 1206.375 则各项相加相符")  # fmt: skip
    end = mk("46022", "X104", "warning", note="文本单元格里的日期序列号（2025-12-31）")
    project_head(s, year=2025, name="2025年人才公寓租赁运营", dept="望川区住房和城乡建设局",
                 unit="望川区人才安居服务中心", end=end,
                 money=one_year(money(1286.5, WAN4), fiscal, money(80.125, WAN4)),
                 goals=["筹集人才公寓房源1200套以上，"
                        "保障高层次和青年人才1500人入住。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "筹集人才公寓房源", "≥1200套"),
        (None, None, "保障入住高层次和青年人才", "≥1500人"),
        (None, "质量指标", "入住资格审核准确率", "100%"),
        (None, "时效指标", "入住申请办结时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "每套房源年均租赁成本", "≤0.56万元/套"),
        ("效益指标", "社会效益指标", "新引进人才住房保障覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "入住人才满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("326万326万", "X106", "error", alt=("B108",), note="金额重复粘贴，应读作 326")
    details(s, [
        ("人才公寓房源租赁", 680.375, "按签约房源和合同租金测算"),
        ("公寓维修改造", twice, "公共部位和老旧设施维修"),
        ("物业及运营服务", 280.125, "委托专业机构运营"),
    ], 1286.5)  # fmt: skip
    return b


@variant("ry09-intro-two-row", (7,),
         "project, NAT-2021, a two-row header (考核指标 · 预期目标 over 一级/二级/三级指标 · "
         "绩效目标值 · 备注), two cost standards within the money, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def intro_two_row() -> Book:
    b, s = start()
    project_head(s, year=2026, name="2026年高层次人才引进专项", attr="常年项目",
                 dept="中共云樾市委人才工作领导小组办公室", unit="云樾市人才引进服务中心",
                 money=one_year(580, 560, 20),
                 goals=["引进A类高层次人才4人、急需紧缺博士30人，缩短人才招聘周期。"])  # fmt: skip
    s.row("考核指标", None, None, "预期目标", None, merge=[(1, 3), (4, 5)])
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注"), [
        ("产出指标", "数量指标", "引进A类高层次人才", "≥4人", None),
        (None, None, "引进急需紧缺博士", "≥30人", None),
        (None, "质量指标", "引进人才三年内留存率", "≥90%", None),
        (None, "时效指标", "安家补贴拨付时限", "≤30个工作日", "自材料齐全之日起计算"),
        ("成本指标", "经济成本指标", "A类人才安家补贴标准", "≤60万元/人", "分三年拨付"),
        (None, None, "博士安家补贴标准", "≤10万元/人", None),
        ("效益指标", "社会效益指标", "人才招聘平均周期下降率", "≥10%", "与上年相比"),
        (None, None, "用人单位人才需求匹配率", "≥85%", None),
        (None, "可持续影响指标", "人才引进政策知晓率", "≥80%", None),
        ("满意度指标", "服务对象满意度指标", "引进人才满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "顾临川", "6652039", day(2025, 11, 28))
    return b


@variant("ry10-talent-flat", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as direction · 指标值): a "
         "万元 value against a 人 unit column, a 反向 rate with ≥, weights adding to "
         "95")  # fmt: skip
def talent_flat() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹤汀市人才发展服务中心",
                    budget=[(money(420), money(400), money(20), money(150), money(270))],
                    goal="做好人才招引、生活补贴发放和人才服务，提升人才服务满意度。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+15+15+10+10+15 = 95，应为 100")
    s.row("绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("举办人才招聘活动", 15, "场", "正向", "≥24"),
        ("服务企业引才", 15, "家", "正向", "≥300"),
        ("青年人才生活补贴发放人数", 15, "人", "正向",
         mk("320万元", "T112", "error", note="值的单位万元与计量单位列“人”冲突")),
        ("人才服务事项办结率", 15, "%", "正向", "≥98"),
        ("人才服务投诉率", 10, "%", "反向",
         mk("≥2", "T108", "warning", row=True, note="反向的投诉率用了 ≥")),
        ("人才档案数字化完成率", 10, "%", "正向", "100"),
        ("服务对象满意度", 15, "%", "正向", "≥90"),
    ]:  # fmt: skip
        s.row(*line)
    return b


@variant("ry11-postdoc-template", (6, 13),
         "project, NAT-2021, header 绩效标准: a value without an indicator name, a tier-2 left "
         "from the template with no indicator")  # fmt: skip
def postdoc_template() -> Book:
    b, s = start()
    project_head(s, year=2025, name="博士后创新实践基地建站资助", dept="榆湾县人力资源和社会保障局",
                 unit="榆湾县人才服务中心", money=one_year(150, 150, 0),
                 goals=["认定博士后创新实践基地8家，支持基地承担企业技术攻关。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效标准"), [
        ("产出指标", "数量指标", "认定博士后创新实践基地", "≥8家"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称却空着"), "≥6项"),
        (None, "质量指标", "基地年度考核合格率", "≥95%"),
        (None, "时效指标", "建站资助资金拨付时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "基地建站资助标准", "≤15万元/家"),
        ("效益指标", "社会效益指标", "基地承担企业技术难题攻关", "≥12项"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板留下的空二级指标"),
         None, None),
        (None, "可持续影响指标", "博士后出站后留基地工作", "≥10人"),
        ("满意度指标", "服务对象满意度指标", "设站企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "闻溪", "3397104", day(2024, 12, 16))
    return b


@variant("ry12-apartment-export", (7,),
         "project: head on the first sheet, the indicator table on a second sheet as a budget-"
         "system export (codes in the first columns, header on the third row, 目标值（年度） and "
         "评价标准), =100% kept as text (correct)")  # fmt: skip
def apartment_export() -> Book:
    b, s = start("项目支出预算表")
    project_head(s, year=2025, name="人才公寓运营管理", dept="望川区住房和城乡建设局（215）",
                 unit="望川区人才安居服务中心", money=one_year(180, 180, 0),
                 goals=["运营人才公寓480套，保障入住率和维修响应，提升人才居住体验。"])  # fmt: skip
    t = b.sheet("项目绩效目标表", (10, 24, 12, 14, 26, 16, 22))
    t.title("2025年项目支出绩效目标表", 7)
    t.row("填报单位：望川区人才安居服务中心", None, None, None, None, None, "单位：万元",
          merge=[(1, 5)])  # fmt: skip
    unit, code = "215003", "330106251000004127"
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "目标值（年度）",
          "评价标准")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "人才公寓运营套数", "≥480套", "每少10套扣1分"),
        ("产出指标", "质量指标", "公寓入住审核合规率", "=100%", "发现一例不合规扣2分"),
        ("产出指标", "质量指标", "公寓入住率", "≥90%", "每低1个百分点扣1分"),
        ("产出指标", "时效指标", "报修响应时间", "≤24小时", "超时一次扣0.5分"),
        ("成本指标", "经济成本指标", "每套年均运营成本", "≤0.35万元/套", "超支不得分"),
        ("效益指标", "社会效益指标", "青年人才住房困难缓解程度", "有效", "按调查结果评分"),
        ("效益指标", "可持续影响指标", "人才公寓管理制度", "健全", "制度缺失不得分"),
        ("满意度指标", "服务对象满意度指标", "入住人才满意度", "≥90%", "按问卷结果评分"),
    ]:  # fmt: skip
        t.row(unit, code, *line)
    return b
