"""Village museums: 村寨博物馆, 陈列馆 and 传习馆, built, digitised, run and stacked."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout800.common import (
    CULTURE,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout800.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

HS = ("一级指标", "二级指标", "三级指标", "预期目标")


@variant("ked07-lusheng-museum-build", (7, 4),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, footnotes and 填表说明 under the table, "
         "signature lines (correct)")  # fmt: skip
def ked07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="乌榕镇芦笙村寨博物馆布展项目", dept=CULTURE,
                 unit="雾溪县乌榕镇人民政府", money=one_year(80, 80, 0),
                 goals=["完成村寨博物馆布展，展陈面积420平方米（含室外晒排展区60平方米），征集民俗实物"
                        "不少于150件，全年接待参观不少于1.2万人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("产出指标", "数量指标", "展陈面积", "≥420平方米", "含室外展区60平方米"),
        (None, None, "征集民俗实物", "≥150件", None),
        (None, "质量指标", "展品登记建档率", "=100%", None),
        (None, None, "文物安全责任事故", "=0起", "反向指标"),
        (None, "时效指标", "布展完成时间", "2025年9月30日前", None),
        (None, "成本指标", "展柜制作单价", "≤0.8万元/组", "共40组，计32万元"),
        ("效益指标", "社会效益指标", "年接待参观人次", "≥1.2万人次", None),
        (None, "可持续影响指标", "博物馆村民自管制度", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "注：1.展陈面积420平方米为室内展厅360平方米与室外晒排展区60平方米之和。",
          "2.展柜40组×0.8万元=32万元，其余48万元用于展品征集、展板制作和布展施工。",
          "填表说明：指标值须含比较符和计量单位，定性指标填写等级。", width=5)  # fmt: skip
    sign(s, "韦金花", "0857-6651873")
    return b


@variant("ked08-digital-gallery-points", (7, 10),
         "project, NAT-2021, headers 考核指标 and 目标值（年度） with a 分值 column: a tier's "
         "points, the goal's count and last year's deadline")  # fmt: skip
def ked08() -> Book:
    b, s = book(widths=(20, 18, 30, 16, 10, 16))
    goal = mk(
        "完成馆藏民俗实物数字化采集600件，建成线上展厅1个，2024年底前上线试运行。",
        "Y103",
        "warning",
        alt=("Y101", "Y102"),
        note="2025年项目的目标写2024年底前上线：上年的文字",
    )
    project_head(s, year=YEAR, name="芦笙村寨博物馆数字化展陈项目", dept=CULTURE,
                 unit="雾溪县乌榕镇人民政府", money=one_year(50, 50, 0), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值"), [
        (mk("一、产出指标（50分）", "W103", "error", alt=("W101",),
            note="产出下各指标分值15+10+10+10=45，与50分不符"),
         "数量指标", "数字化采集民俗实物",
         mk("≥500件", "D104", "warning", row=True, note="年度目标写600件，指标却是500件"), 15),
        (None, None, "建成线上展厅", "≥1个", 10),
        (None, "质量指标", "三维模型验收合格率", "≥95%", 10),
        (None, "时效指标", "线上展厅上线时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "经济成本指标", "每件藏品数字化采集费用", "≤0.05万元/件", 10),
        ("三、效益指标（30分）", "社会效益指标", "线上展厅年访问量", "≥5万人次", 15),
        (None, "可持续影响指标", "数字资源对外开放共享", "长期开放", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "线上观众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "韦金花", "0857-6651873")
    return b


@variant("ked09-silver-hall-second-sheet", (7, 10),
         "project: head on the first sheet, the table on a second sheet under 预期实现值, points "
         "at tier and indicator level both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def ked09() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="金岗村苗族银饰陈列馆提升项目", dept=CULTURE,
                 unit="雾溪县金岗乡人民政府", money=one_year(50, 40, 10),
                 goals=["新增展柜12组，修复银饰工艺展品80件，"
                        "全年接待参观8000人次以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (20, 18, 30, 18, 10))
    t.title("金岗村苗族银饰陈列馆提升项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "分值"), [
        ("产出指标（50分）", "数量指标", "新增展柜", "≥12组", 20),
        (None, None, "修复银饰工艺展品", "≥80件", 15),
        (None, "质量指标", "展品完好率", "≥98%", 10),
        (None, "时效指标", "提升工程完工时间", "2025年10月31日前", 5),
        ("成本指标（10分）", "经济成本指标", "展柜制作单价", "≤1.5万元/组", 10),
        ("效益指标（30分）", "社会效益指标", "年接待参观人次", "≥8000人次", 15),
        (None, None, "中小学生研学参观占比提高", "≥5百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参观者满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(t, "杨秀珍", "0855-7702861")
    return b


@variant("ked10-museum-export", (7,),
         "budget-system export: sheets 05-1 and 05-2, codes in the first columns, header on the "
         "third row: a deadline as a percent, the same count twice with two values")  # fmt: skip
def ked10() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 20, 16, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("208004", "雾溪县文化广电和旅游局", "5231202500318", "岩脚村彝族民俗博物馆展陈项目",
          money(60, WAN), money(60, WAN), money(0, WAN))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 14, 28, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("编制单位：雾溪县文化广电和旅游局")
    t.row(
        "项目编码", "一级指标", "二级指标", "三级指标", "年度目标", "指标性质", "指标值", "计量单位"
    )
    code = "5231202500318"
    rows = [
        ("产出指标", "数量指标", "民俗实物征集数量", "≥", 120, "件"),
        ("产出指标", "数量指标", "新建展陈单元", "≥", 6, "个"),
        (
            "产出指标",
            "数量指标",
            "民俗实物征集数量",
            "≥",
            mk(
                150,
                "D102",
                "error",
                row=True,
                alt=("D103", "D101"),
                note="同一指标填了两次，值却是120件和150件",
            ),
            "件",
        ),
        ("产出指标", "质量指标", "展品登记建档率", "=", pct(1), "%"),
        (
            "产出指标",
            "时效指标",
            "布展完成时间",
            "≤",
            mk(pct(1), "T113", "warning", note="完成时间填成了100%"),
            None,
        ),
        ("成本指标", "经济成本指标", "展陈单元平均造价", "≤", 8, "万元/个"),
        ("效益指标", "社会效益指标", "年接待参观人次", "≥", 6000, "人次"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥", pct(0.9), "%"),
    ]
    for r in rows:
        t.row(code, r[0], r[1], r[2], "完成民俗博物馆展陈", *r[3:])
    return b


@variant("ked11-two-halls-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def ked11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="央仰寨民俗博物馆展陈维护项目", dept=CULTURE,
                 unit="雾溪县乌榕镇人民政府", money=one_year(30, 30, 0),
                 title="2025年度项目支出绩效目标申报表（乡镇汇总）",
                 goals=["更换老化展板40块，维护展柜24组，全年开放不少于300天。"])  # fmt: skip
    indicators(s, HS, [
        ("产出指标", "数量指标", "更换老化展板", "≥40块"),
        (None, None, "维护展柜", "≥24组"),
        (None, "质量指标", "展品完好率", "≥98%"),
        (None, "时效指标", "全年开放天数", "≥300天"),
        (None, "成本指标", "展板更换单价", "≤0.3万元/块"),
        ("效益指标", "社会效益指标", "年接待参观人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="桐岭乡非遗传习馆运行补助项目", dept=CULTURE,
                 unit="雾溪县桐岭乡人民政府", money=one_year(45, 40, 5), title="",
                 goals=["传习馆全年开展刺绣、芦笙传习课程96课时，培训学员120人次。"])  # fmt: skip
    indicators(s, HS, [
        ("产出指标", "数量指标", "开展传习课程", "≥96课时"),
        (None, None, "培训学员", "≥120人次"),
        (None, "质量指标", "学员结业考核合格率", "≥85%"),
        (None, "时效指标", "课程完成时间", "2025年12月20日前"),
        (None, "成本指标", "每课时教学补助", "≤0.2万元/课时"),
        ("效益指标", "可持续影响指标", "新增青年传承人", "≥10人"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "王德顺", "0857-6640218")
    return b


@variant("ked12-stacked-leftovers", (2, 12),
         "two projects stacked, OLD-NAT: the second's money, a year left in its goal and a "
         "training count under 质量")  # fmt: skip
def ked12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="高坡寨鼓楼陈列馆维护项目", dept=CULTURE,
                 unit="雾溪县高坡乡人民政府", money=one_year(35, 30, 5),
                 title="2025年度项目支出绩效目标申报表（乡镇汇总）",
                 goals=["维修鼓楼陈列馆木构屋面260平方米，更新展陈说明牌60块。"])  # fmt: skip
    indicators(s, HS, [
        ("产出指标", "数量指标", "维修木构屋面", "≥260平方米"),
        (None, None, "更新展陈说明牌", "≥60块"),
        (None, "质量指标", "维修工程验收合格率", "≥95%"),
        (None, "时效指标", "维修完成时间", "2025年8月31日前"),
        (None, "成本指标", "屋面维修单价", "≤0.08万元/平方米"),
        ("效益指标", "社会效益指标", "年接待参观人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = mk("培训讲解员20人，开发双语讲解词1套，2024年完成讲解员上岗考核。", "Y103", "warning",
              alt=("Y101", "Y102"), note="2025年项目的年度目标写2024年：上年的文字")  # fmt: skip
    total = mk(money(45, WAN), "B101", "error", note="财政拨款40+其他资金8=48，不是45")
    project_head(s, year=YEAR, name="岩脚村民俗馆讲解服务项目", dept=CULTURE,
                 unit="雾溪县岩脚乡人民政府", money=one_year(total, 40, 8), title="",
                 goals=[goal])  # fmt: skip
    indicators(s, HS, [
        ("产出指标", "数量指标", "开发双语讲解词", "≥1套"),
        (None, "质量指标", mk("培训讲解员人数", "F201", "warning", row=True,
                              note="培训人数是数量指标，填在质量指标下"), "≥20人"),
        (None, None, "讲解员考核合格率", "≥90%"),
        (None, "时效指标", "上岗考核完成时间", "2025年6月30日前"),
        (None, "成本指标", "讲解员人均培训费", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "观众讲解服务覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "王德顺", "0857-6640218")
    return b
