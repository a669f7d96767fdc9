"""Returns dl13–dl18 in the forms offices send for both ham and sausage work: notes and a
repeated header, a flat department list, template rows, a two-row header, a direction column
and two stacked projects."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout574.common import (
    book,
    dept_budget,
    indicators,
    notes,
    project_money,
    signature,
    wan,
)
from tests.variants.holdout574.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OLD = ("一级指标", "二级指标", "三级指标", "指标值")
WUXI = "雾溪市市场监督管理局（406002）"


@variant("dl13-ham-haccp-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, a footnote explaining a total, signature lines "
         "(correct)")  # fmt: skip
def dl13() -> Book:
    b, s = book()
    goal = ("辅导16家火腿加工企业建立HACCP体系，其中规模以上企业10家、小型企业6家，"
            "全年通过认证企业不少于12家。")  # fmt: skip
    project_head(s, year=2025, name="雾溪市火腿加工企业HACCP体系认证辅导", dept=WUXI,
                 unit="雾溪市肉制品质量安全监测站", goals=(goal,),
                 money=project_money(wan(48), wan(40), wan(8)))  # fmt: skip
    s.row(*OLD)
    notes(s, "（填写说明：三级指标由项目单位据实填写，指标值须写明比较符和计量单位）", width=4)
    s.table([
        ("产出指标", "数量指标", "辅导企业总数", "≥16家"),
        (None, None, "HACCP认证通过企业数", "≥12家"),
        (None, "质量指标", "关键控制点记录完整率", "≥95%"),
        (None, "时效指标", "辅导工作完成时间", "2025年11月30日前"),
        (None, "成本指标", "每家企业辅导费用", "≤3万元/家"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(s, OLD, [
        ("效益指标", "社会效益指标", "认证企业火腿抽检合格率", "≥98%"),
        (None, "可持续影响指标", "企业持证内审员人数", "≥32人"),
        ("满意度指标", "服务对象满意度指标", "受辅导企业满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：辅导企业总数16家，含规模以上企业10家、小型企业6家；每家辅导费用3万元，"
             "合计48万元。",
          "填表说明：1.指标值须量化；2.本表一式三份，报市财政局一份。", width=4)  # fmt: skip
    signature(s, "周岚清", "0638-5521947", day(2024, 12, 6, CN_DATE))
    return b


@variant("dl14-meat-flat-department", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a 百分点 unit, weights adding to 100 (correct)")  # fmt: skip
def dl14() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="雾溪市肉制品质量安全监测站",
                    budget=dept_budget(wan(95), wan(80), wan(15), wan(55), wan(40)),
                    goal="全年完成火腿、腊肠监督抽检600批次，"
                         "肉制品抽检不合格率控制在2%以内。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("火腿、腊肠监督抽检批次", 20, "批次", "≥", 600),
        ("肉制品生产企业日常检查覆盖率", 15, "%", "=", pct(1)),
        ("抽检不合格产品核查处置率", 15, "%", "=", pct(1)),
        ("检验报告出具时限", 10, "工作日", "≤", 7),
        ("肉制品抽检不合格率", 10, "%", "≤", pct(0.02)),
        ("不合格率较上年下降幅度", 10, "百分点", "≥", 0.5),
        ("肉制品食品安全事故", 10, "起", "≤", 0),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("dl15-sausage-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a tier-2 left from the "
         "template, a 按期 rate under 数量")  # fmt: skip
def dl15() -> Book:
    b, s = book()
    project_head(s, year=2025, name="檀坞县腊肠灌装车间卫生条件提升",
                 dept="檀坞县市场监督管理局（318006）", unit="檀坞县腊味行业协会",
                 money=project_money(wan(28), wan(24), wan(4)),
                 goals=("完成7间腊肠灌装车间卫生条件改造，"
                        "车间环境微生物检测合格率不低于95%。",))  # fmt: skip
    late = mk("≥95%", "F201", "warning", row=True, note="按期完工率是时效指标，填在数量下")
    noname = mk(None, "F110", "error", note="有指标值≥98%，三级指标名称为空")
    left = mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "灌装车间改造数", "≥7间"),
        (None, None, "车间改造按期完工率", late),
        (None, "质量指标", "车间环境微生物检测合格率", "≥95%"),
        (None, None, noname, "≥98%"),
        (None, "时效指标", "车间改造完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "单间车间改造成本", "≤3.4万元/间"),
        (None, left, None, None),
        ("效益指标", "社会效益指标", "灌装环节微生物超标批次", "≤1批次"),
        (None, "可持续影响指标", "车间清洁消毒制度执行率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "灌装企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dl16-sausage-label-two-row-head", (7,),
         "project, OLD-NAT, two-row header (考核指标 / 绩效目标值 over 指标性质, 目标值（年度）, "
         "评价标准), operator in its own column, a 定性 row (correct)")  # fmt: skip
def dl16() -> Book:
    b, s = book()
    project_head(s, year=2025, name="沙畈县腊肠标签标识规范化整治",
                 dept="沙畈县市场监督管理局（327004）", unit="沙畈县食品安全综合服务中心",
                 money=project_money(wan(12), wan(10), wan(2)),
                 goals=("检查腊肠生产经营户200家，预包装腊肠标签合格率不低于95%。",))  # fmt: skip
    s.row("考核指标", None, None, "绩效目标值", None, None, merge=[(1, 3), (4, 6)])
    full = "达到目标值得满分，未达到按比例扣分"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "标签标识检查生产经营户", "≥", "200家", full),
        (None, None, "规范标签模板发放", "≥", "200份", full),
        (None, "质量指标", "预包装腊肠标签合格率", "≥", "95%", "每低1个百分点扣0.5分"),
        (None, "时效指标", "问题标签整改时限", "≤", "15个工作日", full),
        (None, "成本指标", "单户标签规范指导成本", "≤", "500元/户", full),
        ("效益指标", "社会效益指标", "标签标识投诉举报件数", "≤", "5件", "每多1件扣1分"),
        (None, "可持续影响指标", "标签标识长效检查机制", "定性", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "生产经营户满意度", "≥", "90%", full),
    ])  # fmt: skip
    return b


@variant("dl17-ham-storage-direction", (11,),
         "project, 指标性质 as direction and 指标方向 as operator, unit column: ≥ on a 反向 rate, "
         "= on a cost cap, a title year that is not the project's year")  # fmt: skip
def dl17() -> Book:
    b, s = book(widths=(14, 18, 30, 12, 12, 16, 12))
    project_head(s, year=2025, name="雾溪市火腿霉变防控与储存条件改造", dept=WUXI,
                 unit="雾溪市火腿产业协会", title="2024年度项目支出绩效目标申报表",
                 money=project_money(wan(55), wan(50), wan(5)),
                 goals=("改造火腿储存库11间，配置除湿机44台，储存期火腿霉变抽检不合格率"
                        "控制在2%以内。",))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="标题为2024年度，项目期和计划日期都在2025年")  # fmt: skip
    up = mk("≥", "T108", "warning", row=True, note="不合格率是反向指标，比较符却是≥")
    cap = mk("=", "T108", "warning", row=True, note="成本上限写成“=”")
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "改造火腿储存库", "正向", "≥", 11, "间"),
        (None, None, "配置除湿机", "正向", "≥", 44, "台"),
        (None, "质量指标", "储存期火腿霉变抽检不合格率", "反向", up, 2, "%"),
        (None, "时效指标", "储存库改造完成时间", "反向", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "单间储存库改造成本", "反向", cap, 4.5, "万元/间"),
        ("效益指标", "社会效益指标", "霉变火腿流入市场批次", "反向", "≤", 0, "批次"),
        (None, "可持续影响指标", "储存库温湿度巡检制度执行率", "正向", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "火腿储存企业满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("dl18-ham-sausage-stacked", (2, 12),
         "two projects stacked in one sheet (ham, sausage), OLD-NAT, one value column, the same "
         "satisfaction name with other values, unit cost × count equal to the money "
         "(correct)")  # fmt: skip
def dl18() -> Book:
    b, s = book()
    dept = "栗冈镇人民政府（406118）"
    project_head(s, year=2025, name="栗冈镇火腿晾挂房防虫改造", dept=dept,
                 unit="栗冈镇农业农村综合服务中心",
                 title="2025年度项目支出绩效目标申报表（栗冈镇）",
                 money=project_money(wan(30), wan(25), wan(5)),
                 goals=("完成20间火腿晾挂房防虫网与风机改造，"
                        "晾挂期火腿虫害抽检合格率不低于97%。",))  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标", "改造火腿晾挂房", "≥20间"),
        (None, "质量指标", "晾挂期火腿虫害抽检合格率", "≥97%"),
        (None, "时效指标", "晾挂房改造完成时间", "2025年9月15日前"),
        (None, "成本指标", "单间晾挂房改造成本", "≤1.5万元/间"),
        ("效益指标", "社会效益指标", "晾挂期虫害投诉", "≤2件"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="栗冈镇腊肠作坊排水与防鼠改造", dept=dept,
                 unit="栗冈镇农业农村综合服务中心", money=project_money(wan(18), wan(15), wan(3)),
                 goals=("完成12家腊肠作坊排水与防鼠设施改造，"
                        "作坊卫生检查合格率不低于95%。",))  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标", "改造腊肠作坊", "≥12家"),
        (None, "质量指标", "作坊卫生检查合格率", "≥95%"),
        (None, "时效指标", "作坊改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单家作坊改造成本", "≤1.5万元/家"),
        ("效益指标", "社会效益指标", "作坊鼠害投诉", "≤1件"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥85%"),
    ])  # fmt: skip
    return b
