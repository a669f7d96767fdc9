"""Contaminated land remediation and risk control (污染地块修复与风险管控): khx07–khx12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout898.common import HEAD, indicators, notes, one_year, sign, wan
from tests.variants.holdout898.common import start as new
from tests.variants.holdout898.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = (*HEAD[:3], "运算符", "指标值", "计量单位")


@variant("khx07-farmland-points", (5, 10),
         "project, NAT-2021, numbered tier labels, tier-1 score column and indicator score "
         "column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def farmland_points() -> Book:
    b, s = new(widths=(16, 8, 18, 30, 18, 10))
    goal = ("在樾湖乡5000亩轻中度受污染耕地推广低积累品种和土壤调理措施，"
            "受污染耕地安全利用率较上年提高3个百分点以上，稻米镉含量抽检达标。")  # fmt: skip
    project_head(s, year=2026, name="樾湖乡受污染耕地安全利用（农艺调控）",
                 dept="柘原县农业农村局（322）", unit="樾湖乡人民政府",
                 money=one_year(420, 400, 20), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("一、产出指标", 50, "1.数量指标", "低积累品种推广面积", "≥5000亩", 15),
        (None, None, None, "土壤调理剂施用面积", "≥5000亩", 10),
        (None, None, "2.质量指标", "稻米镉含量抽检达标率", "≥95%", 15),
        (None, None, "3.时效指标", "春播前农艺措施落实时间", "2026年4月30日前", 10),
        ("二、成本指标", 10, "1.经济成本指标", "土壤调理剂亩均成本", "≤600元/亩", 10),
        ("三、效益指标", 30, "1.生态效益指标", "受污染耕地安全利用率提高", "≥3百分点", 15),
        (None, None, "2.社会效益指标", "农产品质量安全超标事件", "=0起", 10),
        (None, None, "3.可持续影响指标", "农艺调控技术模式", "形成并推广", 5),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("khx08-thermal-cost-exceeds", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells: unit cost × volume "
         "above the year's money, a rate given as a count")  # fmt: skip
def thermal_cost_exceeds() -> Book:
    b, s = new()
    goal = ("完成原永固化工厂东区地块12000立方米有机污染土壤异位热脱附修复，修复后土壤达到"
            "第一类用地筛选值，2026年12月底前完成修复效果评估。")  # fmt: skip
    project_head(s, year=2026, name="原永固化工厂东区地块污染土壤热脱附修复",
                 dept="柘原县生态环境局（318）", unit="柘原县城市建设投资有限公司",
                 money=one_year(800, 720, 80), goals=[goal])  # fmt: skip
    cost = mk(900, "B107", "warning", row=True,
              note="900元/立方米 × 12000立方米 = 1080万元，超过年度资金800万元")  # fmt: skip
    count = mk(3, "T105", "error", note="落实率是比率，指标值却是3处")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "污染土壤修复方量", "≥", 12000, "立方米"),
        (None, None, "污染地下水抽出处理量", "≥", 3000, "吨"),
        (None, "质量指标", "修复后土壤检测达标率", "=", pct(1), "%"),
        (None, None, "风险管控措施落实率", "≥", count, "处"),
        (None, "时效指标", "修复效果评估完成时间", "≤", day(2026, 12, 31, CN_DATE), None),
        (None, "成本指标", "单位土方修复成本", "≤", cost, "元/立方米"),
        ("效益指标", "生态效益指标", "热脱附尾气排放达标率", "≥", pct(0.98), "%"),
        (None, "社会效益指标", "周边人居环境健康风险", "定性", "有效管控", None),
        (None, "可持续影响指标", "修复后地块长期监测", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("khx09-plating-operator-words", (11, 12),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as word operators, bare numbers "
         "with a unit column: a 下降率 with 大于等于, =0 incidents, cost × volume equal to the "
         "money (correct)")  # fmt: skip
def plating_operator_words() -> Book:
    b, s = new(widths=(14, 16, 28, 10, 12, 16, 12))
    goal = ("对原电镀园区3号地块2000立方米六价铬污染土壤实施还原稳定化修复，修复后浸出浓度"
            "下降90%以上，施工期不发生二次污染事件。")  # fmt: skip
    project_head(s, year=2026, name="鹭汀区原电镀园区3号地块风险管控与修复",
                 dept="鹭汀区生态环境分局（205）", unit="鹭汀区环境卫生与土壤治理中心",
                 money=one_year(300, 300, 0), goals=[goal])  # fmt: skip
    indicators(s, (*HEAD[:3], "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "六价铬污染土壤修复方量", "正向", "大于等于", 2000, "立方米"),
        (None, "质量指标", "修复后浸出浓度下降率", "正向", "大于等于", 90, "%"),
        (None, None, "施工期二次污染事件", "反向", "等于", 0, "起"),
        (None, "时效指标", "修复工程完工时间", "反向", "小于等于",
         day(2026, 10, 31, CN_DATE), None),
        (None, "成本指标", "单位土方修复成本", "反向", "小于等于", 1500, "元/立方米"),
        ("效益指标", "生态效益指标", "地块六价铬风险管控达标率", "正向", "等于", 100, "%"),
        (None, "可持续影响指标", "修复后地下水跟踪监测频次", "正向", "大于等于", 4, "次/年"),
        ("满意度指标", "服务对象满意度指标", "周边企业和居民满意度", "正向", "大于等于", 90,
         "%"),
    ])  # fmt: skip
    return b


@variant("khx10-refinery-leftover-year", (5, 11),
         "project, OLD-NAT, abbreviated and marked tier labels (*产出, 数量, ★满意度): a year "
         "left over in the goal, a satisfaction rate under 社会效益, a 反向 rate "
         "with ≥")  # fmt: skip
def refinery_leftover_year() -> Book:
    b, s = new()
    goal = mk("完成原樾江炼油厂地块阻隔墙建设1.2公里、污染地下水抽出处理5000吨，"
              "确保2024年底前完成修复工程竣工验收。", "Y103", "warning",
              alt=("Y101", "Y102", "D104"),
              note="2026年度目标里的2024年是上一轮申报留下的，"
                   "指标写2026年11月30日前完工")  # fmt: skip
    project_head(s, year=2026, name="原樾江炼油厂地块地下水污染风险管控工程",
                 dept="柘原县生态环境局（318）", unit="柘原县城市建设投资有限公司",
                 money=one_year(560, 500, 60), goals=[goal])  # fmt: skip
    social = mk("周边居民满意度", "F201", "warning", row=True,
                note="满意度填在社会效益下，应在满意度指标下")  # fmt: skip
    against = mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤2%")
    indicators(s, HEAD, [
        ("*产出", "数量", "阻隔墙建设长度", "≥1.2公里"),
        (None, None, "污染地下水抽出处理量", "≥5000吨"),
        (None, "质量", "阻隔墙渗透系数达标率", "=100%"),
        (None, "时效", "阻隔工程完工时间", "2026年11月30日前"),
        (None, "成本", "单位长度阻隔墙造价", "≤350万元/公里"),
        ("*效益", "社会效益", social, "≥90%"),
        (None, None, "周边敏感点异味投诉率", against),
        (None, "生态效益", "场地地下水苯系物浓度下降率", "≥60%"),
        ("★满意度", "服务对象满意度", "土地使用权人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khx11-system-export", (7, 12),
         "budget-system export: 05-1 sheet with project and subject codes and detail lines, "
         "05-2 sheet with the header on the third row, codes and goal merged down, NAT-2021 "
         "(correct)")  # fmt: skip
def system_export() -> Book:
    b, s = new("部门项目支出预算05-1", (14, 36, 12, 14, 14, 14))
    name = "桦岭市土壤污染重点监管单位隐患排查与修复监管"
    s.title("桦岭市生态环境局2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "功能科目", "资金总额", "财政拨款", "其他资金")
    s.row("330700261007", name, "2110302", wan(245), wan(230), wan(15))
    s.row(None, "其中：隐患排查技术服务", None, wan(120), wan(120), wan(0))
    s.row(None, "其中：修复工程监理", None, wan(95), wan(95), wan(0))
    s.row(None, "其中：修复效果抽测", None, wan(30), wan(15), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 34, 12, 16, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位名称：桦岭市生态环境局", None, None, None, None, "单位：万元")
    goal = ("对全市36家土壤污染重点监管单位开展隐患排查，监管3个在修复地块（其中续建2个、"
            "新开工1个），抽测修复效果。")  # fmt: skip
    indicators(t, ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
                   "指标值"), [
        ("330700261007", name, goal, "产出指标", "数量指标", "隐患排查重点监管单位数",
         "≥36家"),
        (None, None, None, None, None, "修复工程监理地块数", "≥3个"),
        (None, None, None, None, "质量指标", "隐患排查报告合格率", "≥95%"),
        (None, None, None, None, "时效指标", "隐患排查完成时间", "2026年10月31日前"),
        (None, None, None, "成本指标", "经济成本指标", "单家隐患排查技术服务费", "≤3万元/家"),
        (None, None, None, "效益指标", "生态效益指标", "排查发现隐患整改率", "≥90%"),
        (None, None, None, None, "可持续影响指标", "重点监管单位隐患排查制度", "建立并执行"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "重点监管单位满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("khx12-second-sheet-duplicate", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值, OLD-NAT: a start date in the year before, one indicator twice "
         "with two values")  # fmt: skip
def second_sheet_duplicate() -> Book:
    b, s = new("项目基本信息")
    goal = ("完成沄溪镇原铅蓄电池厂地块3.2公顷铅污染土壤固化稳定化修复，修复土方约2.4万立方米，"
            "2026年12月31日前通过效果评估。")  # fmt: skip
    early = mk(day(2025, 3, 1), "Y102", "error", alt=("Y101",),
               note="项目期1年、2026年度，计划开始日期却是2025年3月1日")  # fmt: skip
    project_head(s, year=2026, name="沄溪镇原铅蓄电池厂地块土壤修复",
                 dept="柘原县生态环境局（318）", unit="沄溪镇人民政府", start=early,
                 money=one_year(480, 450, 30), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标")
    notes(t, "表二：项目绩效指标", width=4)
    twice = mk("≥2.8公顷", "D102", "error", row=True, alt=("D103", "F201"),
               note="同一项目“修复地块面积”出现两次："
                    "数量指标下3.2公顷，质量指标下2.8公顷")  # fmt: skip
    indicators(t, (*HEAD[:3], "预期实现值"), [
        ("产出指标", "数量指标", "修复地块面积", "≥3.2公顷"),
        (None, None, "固化稳定化修复土方量", "≥2.4万立方米"),
        (None, "质量指标", "修复后土壤浸出铅浓度达标率", "=100%"),
        (None, None, "修复地块面积", twice),
        (None, "时效指标", "效果评估完成时间", "2026年12月31日前"),
        (None, "成本指标", "单位土方修复成本", "≤180元/立方米"),
        ("效益指标", "生态效益指标", "修复地块安全利用率", "=100%"),
        (None, "社会效益指标", "周边居民健康风险", "有效降低"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "邵清禾", "0570-6658 3021", (2025, 12, 12))
    return b
