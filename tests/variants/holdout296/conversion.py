"""Returns st01–st06: household conversions, 煤改气 and 煤改电 (typed percent cells, stacked
projects, tier labels as offices write them)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout296.common import details, funds, indicators, note, sign, single, start
from tests.variants.holdout296.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_VALUE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("st01-gas-percent", (1, 12), "project, OLD-NAT, 煤改气: operator and unit "
         "columns, percent cells typed in Excel, 万元 in the number format, "
         "detail lines (correct)")  # fmt: skip
def st01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="楮川县农村地区煤改气工程",
                 dept="楮川县住房和城乡建设局（417）", unit="楮川县燃气事务服务中心",
                 attr="新增项目", money=funds(1280, 1080, 200),
                 goals=["完成东柘、上枥等9个村3200户煤改气入户改造，新建村内中压燃气管线46公里，"
                        "改造户采暖季不再燃用散煤。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "完成煤改气入户改造户数", "≥", 3200, "户"),
        (None, None, "新建村内中压燃气管线长度", "≥", 46, "公里"),
        (None, "质量指标", "改造工程竣工验收合格率", "=", pct(1), "%"),
        (None, None, "壁挂炉安装气密性检测合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "入户通气点火完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "户均入户改造补助标准", "≤", 0.3, "万元/户"),
        (None, None, "中压管线建设单位成本", "≤", 6, "万元/公里"),
        ("效益指标", "社会效益指标", "燃气安全责任事故", "≤", 0, "起"),
        (None, "生态效益指标", "采暖季散煤燃烧减少量", "≥", 0.86, "万吨"),
        (None, None, "改造村采暖季PM2.5平均浓度下降率", "≥", pct(0.05), "%"),
        (None, "可持续影响指标", "村级燃气设施运维巡检覆盖率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "改造农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    details(s, [("入户改造补助", 960), ("村内中压管网建设", 276), ("工程监理及安全检测", 44)])
    sign(s, "苗允川", "0539-7261408", day(2024, 11, 18, CN_DATE))
    return b


@variant("st02-electric-typed-wrong", (1, 11), "project, NAT-2021, 煤改电 (空气源热泵): operator "
         "column, typed percent over 100, a 反向 rate with ≥ and a cost cap with =")  # fmt: skip
def st02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苇泊区农村煤改电（空气源热泵）改造项目",
                 dept="苇泊区发展和改革局（206）", unit="苇泊区能源事务中心",
                 money=funds(2100, 1900, 200), attr="新增项目",
                 goals=["为苇泊区东部12个村1250户安装空气源热泵，配套新建低压线路38公里，"
                        "替代散煤取暖。"])  # fmt: skip
    eq = mk("=", "T108", "warning", row=True, note="a cost cap written = (fixed) instead of ≤")
    ge = mk("≥", "T108", "warning", row=True, note="故障率 is 反向: ≥3% sets a floor on failures")
    over = mk(pct(1.02), "T106", "error", note="typed 102% on an acceptance rate capped at 100%")
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("成本指标", "经济成本指标", "户均改造工程综合成本", eq, 1.6, "万元/户"),
        ("产出指标", "数量指标", "完成空气源热泵改造户数", "≥", 1250, "户"),
        (None, None, "配套新建低压线路", "≥", 38, "公里"),
        (None, "质量指标", "热泵机组安装验收合格率", "≥", over, "%"),
        (None, "时效指标", "改造任务完成时间", "≤", day(2025, 10, 15, CN_DATE), None),
        ("效益指标", "社会效益指标", "改造户采暖季室温达标率", "≥", pct(0.95), "%"),
        (None, "生态效益指标", "年减少散煤使用量", "≥", 3400, "吨"),
        (None, "可持续影响指标", "采暖季热泵设备运行故障率", ge, pct(0.03), "%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "鲍启桐", "0532-8840617", day(2024, 11, 26, CN_DATE))
    return b


@variant("st03-stacked-villages", (2,), "two one-year projects stacked in one sheet "
         "(煤改气, 煤改电), OLD-NAT, one value column, the same names with different "
         "values (correct)")  # fmt: skip
def st03() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, name="杞岭镇南蒲片区煤改气工程", dept="杞岭镇人民政府（608）",
                 unit="杞岭镇村镇建设服务中心", money=single(680, 600, 80), attr="新增项目",
                 title="2025年度杞岭镇清洁取暖项目支出绩效目标表",
                 goals=["完成南蒲片区1520户煤改气入户改造，"
                        "采暖季减少散煤4100吨以上。"])  # fmt: skip
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "完成改造户数", "≥1520户"),
        (None, None, "新建庭院燃气管道", "≥21公里"),
        (None, "质量指标", "燃气管道压力试验合格率", "≥99%"),
        (None, "时效指标", "通气点火完成时间", "2025年10月20日前"),
        (None, "成本指标", "户均入户改造补助", "≤0.38万元/户"),
        ("效益指标", "生态效益指标", "采暖季减少散煤使用量", "≥4100吨"),
        (None, "社会效益指标", "改造户入户安全检查覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="杞岭镇石杓片区煤改电工程", dept="杞岭镇人民政府（608）",
                 unit="杞岭镇村镇建设服务中心", money=single(455, 410, 45), attr="新增项目",
                 title="", goals=["完成石杓片区640户蓄热式电暖器改造，"
                                  "配套增容变压器12台。"])  # fmt: skip
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "完成改造户数", "≥640户"),
        (None, None, "配套增容变压器", "≥12台"),
        (None, "质量指标", "蓄热式电暖器安装验收合格率", "≥98%"),
        (None, "时效指标", "设备安装完成时间", "2025年10月31日前"),
        (None, "成本指标", "户均设备购置补助", "≤0.6万元/户"),
        ("效益指标", "生态效益指标", "采暖季减少散煤使用量", "≥1700吨"),
        (None, "可持续影响指标", "居民谷段电价优惠政策执行率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥92%"),
    ])  # fmt: skip
    note(s, "注：两个项目分别申报、分别批复，指标值均为2025年度目标。")
    return b


@variant("st04-stacked-wrong", (2, 12), "two one-year projects stacked, OLD-NAT, one "
         "value column: a coverage rate given as a count, the second project's money "
         "not adding up")  # fmt: skip
def st04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苇泊区城中村煤改气入户工程", dept="苇泊区城市管理局（211）",
                 unit="苇泊区燃气管理站", money=single(960, 860, 100), attr="新增项目",
                 title="2025年度苇泊区清洁取暖项目支出绩效目标表",
                 goals=["完成城中村2100户煤改气入户改造及安全检查。"])  # fmt: skip
    count = mk("2100户", "T105", "error", note="a 覆盖率 given as a count of households")
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "完成煤改气入户改造户数", "≥2100户"),
        (None, "质量指标", "入户燃气安全检查覆盖率", count),
        (None, "时效指标", "入户改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "户均入户改造补助", "≤0.4万元/户"),
        ("效益指标", "生态效益指标", "采暖季减少散煤使用量", "≥5600吨"),
        (None, "社会效益指标", "燃气安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(540, "B101", "error", note="年度资金总额 540 ≠ 财政拨款 470 + 其他资金 60")
    project_head(s, year=2025, name="苇泊区学校及卫生院煤改电工程", dept="苇泊区教育体育局（215）",
                 unit="苇泊区教育后勤服务中心", money=single(total, 470, 60), attr="新增项目",
                 title="", goals=["完成17所学校及乡镇卫生院燃煤锅炉煤改电改造。"])  # fmt: skip
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "完成煤改电改造的学校及卫生院", "≥17所"),
        (None, "质量指标", "电锅炉安装验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年10月25日前"),
        (None, "成本指标", "单所平均改造成本", "≤28万元/所"),
        ("效益指标", "社会效益指标", "采暖季教室及病房室温达标率", "≥95%"),
        (None, "生态效益指标", "拆除燃煤锅炉", "≥17台"),
        ("满意度指标", "服务对象满意度指标", "师生及患者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("st05-numbered-labels", (5,), "project, NAT-2021, 煤改电 grid works: numbered "
         "tier labels (一、产出指标, 1.数量) with abbreviated tier-2s, header "
         "绩效目标值 (correct)")  # fmt: skip
def st05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹤汀乡煤改电配套农网改造工程", dept="鹤汀乡人民政府（733）",
                 unit="鹤汀乡农业农村综合服务中心", money=funds(2600, 2200, 400), attr="新增项目",
                 goals=["新建10千伏线路26公里，新增及增容配电变压器48台，保障煤改电用户"
                        "采暖季可靠用电。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标", "1.数量", "新建10千伏线路", "≥26公里"),
        (None, None, "新增及增容配电变压器", "≥48台"),
        (None, "2.质量", "线路工程验收一次合格率", "≥98%"),
        (None, "3.时效", "配变投运时间", "2025年10月31日前"),
        ("二、成本指标", "1.经济成本", "配变台区平均改造成本", "≤35万元/台"),
        ("三、效益指标", "1.社会效益", "煤改电户采暖季供电可靠率", "≥99.8%"),
        (None, "2.生态效益", "替代散煤量", "≥5600吨"),
        (None, "3.可持续影响", "台区采暖季重过载发生率", "≤2%"),
        ("四、满意度指标", "1.服务对象满意度", "煤改电用户用电满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃砚秋", "0746-3308215", day(2024, 12, 2, CN_DATE))
    return b


@variant("st06-marked-wrong-parent", (5, 11), "transfer-payment project, OLD-NAT, labels with "
         "* and ★ and abbreviated: a 时效 tier-2 under 效益, a 投诉率 with ≥")  # fmt: skip
def st06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹤汀乡公共建筑煤改电项目（中央财政清洁取暖补助）",
                 dept="鹤汀乡人民政府（733）", unit="鹤汀乡公共事务服务中心",
                 money=single(560, 500, 60), attr="新增项目",
                 goals=["完成全乡34处学校、卫生院及村委会公共建筑煤改电，"
                        "供暖面积4.1万平方米。"])  # fmt: skip
    late = mk("时效", "F105", "error", note="时效 is a tier-2 of 产出, not of 效益")
    worse = mk("≥3%", "T108", "warning", row=True, note="投诉率 is 反向: ≥ sets a floor")
    indicators(s, ONE_VALUE, [
        ("*产出", "数量", "★公共建筑煤改电改造数量", "≥34处"),
        (None, None, "改造供暖面积", "≥4.1万平方米"),
        (None, "质量", "★改造工程验收合格率", "=100%"),
        (None, "成本", "单位面积改造成本", "≤120元/平方米"),
        ("*效益", late, "改造项目按期完工率", "≥95%"),
        (None, "社会效益", "学校及卫生院采暖季室温达标率", "≥95%"),
        (None, None, "室内供暖效果投诉率", worse),
        (None, "生态效益", "★年替代散煤量", "≥1150吨"),
        ("*满意度", "服务对象满意度", "师生及就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：带“*”的为必填指标，带“★”的为核心指标，不得删减。")
    return b
