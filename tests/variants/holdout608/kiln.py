"""Returns on brick-and-tile kilns (砖瓦窑): et07 to et12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout608.common import (
    YEAR,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout608.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "苎岭县文物管理所（517）"


@variant("et07-kiln-restore", (11, 1),
         "project, NAT-2021, operators in words in 指标性质, unit column, a 下降率 with 大于等于, "
         "0起 on an incident count, costs within the money (correct)")  # fmt: skip
def et07() -> Book:
    b, s = start()
    goal = ("修缮清代馒头窑2座、砖瓦作坊1处，窑炉烟尘排放较修缮前下降20%以上，"
            "全年安全事故为零。")  # fmt: skip
    project_head(s, year=YEAR, name="窑头岗村清代古窑址保护修缮项目", dept=DEPT,
                 unit="苎岭县窑头岗村村民委员会", money=one_year(50, 42, 8),
                 goals=[goal])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "修缮古窑数量", "大于等于", 2, "座"),
        (None, None, "修缮砖瓦作坊数量", "大于等于", 1, "处"),
        (None, "质量指标", "修缮工程验收合格率", "等于", 100, "%"),
        (None, "时效指标", "修缮工期", "小于等于", 8, "个月"),
        ("成本指标", "经济成本指标", "单座古窑修缮成本", "小于等于", 15, "万元/座"),
        (None, None, "砖瓦作坊修缮成本", "小于等于", 12, "万元"),
        (None, "生态环境成本指标", "施工扬尘投诉次数", "小于等于", 2, "次"),
        ("效益指标", "生态效益指标", "窑炉烟尘排放下降率", "大于等于", 20, "%"),
        (None, "社会效益指标", "安全事故发生起数", "等于", 0, "起"),
        (None, None, "古窑研学参观人次", "大于等于", 2000, "人次"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "车立新", "0739-6641257")
    return b


@variant("et08-kiln-base-two-years", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, a "
         "cumulative count copied to 年度, an annual deadline before the project")  # fmt: skip
def et08() -> Book:
    b, s = start()
    period = "两年建成传统烧制技艺传承基地1处，复烧土窑3座，培养烧窑匠人30名。"
    annual = "2026年完成基地主体建设，复烧土窑2座，培养烧窑匠人12名。"
    over = mk(w(130), "B103", "error", note="年度资金130万元大于中期资金120万元")
    project_head(s, year=YEAR, name="陶坪镇青砖小青瓦烧制技艺传承基地建设项目", dept=DEPT,
                 unit="苎岭县陶坪镇人民政府",
                 money=multi_year((120, 100, 20), (over, 110, 20)),
                 goals=[period, annual], years=2, attr="新增项目")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    copied = mk("≥40万块", "D202", "warning", note="两年累计产量原样抄到年度列")
    late = mk("2025年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
              note="项目2026年开始，年度完工期限却在2025年：上一季的遗留")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "复烧土窑数量", "≥3座", "≥2座"),
        (None, None, "培养烧窑匠人数量", "≥30人", "≥12人"),
        (None, None, "烧制青砖小青瓦数量", "≥40万块", copied),
        (None, "质量指标", "青砖抗压强度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "基地主体完工时间", "2027年6月30日前", late),
        ("成本指标", "经济成本指标", "单座土窑复烧成本", "≤20万元/座", "≤20万元/座"),
        ("效益指标", "社会效益指标", "烧制技艺体验参与人次", "≥5000人次", "≥2000人次"),
        (None, "可持续影响指标", "传承基地运行管理制度", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "匠人学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "车立新", "0739-6641257")
    return b


@variant("et09-kiln-department", (4,),
         "department, NAT-2021, weight column: subtotal and total rows, a header repeated after a "
         "page break, 注 and 说明 lines, signature dated the year before (correct)")  # fmt: skip
def et09() -> Book:
    b, s = start()
    goal = ("全年巡护古窑址不少于240次，举办砖瓦烧制技艺传习班6期（每期学员不少于15人），"
            "接待研学和游客5000人次以上。")  # fmt: skip
    department_head(s, year=YEAR, dept="苎岭县陶坪镇传统工艺保护站",
                    budget=[(w(210), w(180), w(30), w(90), w(120))], goal=goal, tasks=[
                        ("古窑址日常巡护", "巡护、监测、险情处置", w(35), "巡护≥240次"),
                        ("砖瓦烧制技艺传习", "传习班、匠人带徒", w(45), "传习班≥6期"),
                        ("窑火节与研学接待", "开窑展示、研学接待", w(40), "接待≥5000人次"),
                        ("金额合计", "", w(120), ""),
                    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    header(s, *head)
    indicators(s, [
        ("产出指标", "数量指标", "古窑址巡护次数", "≥240次", 10),
        (None, None, "技艺传习班期数", "≥6期", 10),
        (None, None, "传习班学员人数", "≥90人", 10),
        (None, "质量指标", "传习班结业考核合格率", pct(0.9), 10),
        (None, "时效指标", "险情处置响应时间", "≤24小时", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    header(s, *head)
    indicators(s, [
        ("成本指标", "经济成本指标", "传习班人均培训成本", "≤0.5万元/人", 10),
        ("效益指标", "社会效益指标", "研学及游客接待人次", "≥5000人次", 10),
        (None, "生态效益指标", "窑址周边环境整治面积", "≥15亩", 10),
        (None, "可持续影响指标", "古窑址本体完好率", "100%", 10),
        ("满意度指标", "服务对象满意度指标", "研学游客满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, ["注：权重合计100；传习班学员人数为6期合计（每期15人）。",
              "说明：金额单位为万元；年度主要任务金额合计即项目支出。"])  # fmt: skip
    sign(s, "卢秋实", "0739-6648320", day(YEAR - 1, 11, 18))
    return b


@variant("et10-kiln-numbered-tiers", (5,),
         "project, OLD-NAT, numbered labels (一、产出指标, 1.数量指标): a count under 质量, a "
         "satisfaction rate under 社会效益, a yearly output below the goal's")  # fmt: skip
def et10() -> Book:
    b, s = start()
    goal = "复烧传统轮窑1座，全年烧制青砖80万块、小青瓦50万片，吸纳村民就业20人。"
    project_head(s, year=YEAR, name="青瓦坪村传统砖瓦窑复烧项目", dept=DEPT,
                 unit="苎岭县青瓦坪村股份经济合作社", money=one_year(60, 50, 10),
                 goals=[goal])  # fmt: skip
    header(s)
    bricks = mk("≥60万块", "D104", "warning", row=True, note="年度目标写全年烧制青砖80万块")
    count = mk("瓦坯晾晒场建设数量", "F201", "warning", row=True, note="数量填在质量指标下")
    happy = mk("周边村民满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下")
    indicators(s, [
        ("一、产出指标", "1.数量指标", "复烧轮窑数量", "≥1座"),
        (None, None, "青砖烧制数量", bricks),
        (None, None, "小青瓦烧制数量", "≥50万片"),
        (None, "2.质量指标", "青砖出窑合格率", "≥92%"),
        (None, None, count, "≥2处"),
        (None, "3.时效指标", "轮窑复烧完成时间", "2026年6月30日前"),
        (None, "4.成本指标", "单块青砖烧制成本", "≤0.5元/块"),
        ("二、效益指标", "1.经济效益指标", "砖瓦销售收入", "≥45万元"),
        (None, "2.社会效益指标", "吸纳村民就业人数", "≥20人"),
        (None, None, happy, "≥90%"),
        ("三、满意度指标", "1.服务对象满意度指标", "窑厂务工村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卢秋实", "0739-6648320")
    return b


@variant("et11-kiln-system-export", (7, 9),
         "budget-system export: sheets 05-1 and 05-2, header on the third row, project code and "
         "name in the first columns, =100% kept as text on a rate (correct)")  # fmt: skip
def et11() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 14, 14, 14, 40))
    code, name = "451226260031", "古窑址数字化测绘与档案建设"
    goal = "完成辖区18处古窑址三维测绘，建立古窑址电子档案18份。"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：苎岭县文物管理所", None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, w(32), w(28), w(4), goal)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 14, 18, 28, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：苎岭县文物管理所", None, None, None, None, "")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, name, "产出指标", "数量指标", "古窑址三维测绘数量", "≥18处"),
        (code, name, None, None, "古窑址电子档案建档数量", "≥18份"),
        (code, name, None, "质量指标", "测绘成果验收合格率", "=100%"),
        (code, name, None, "时效指标", "测绘完成时间", "2026年10月31日前"),
        (code, name, "成本指标", "经济成本指标", "单处古窑址测绘成本", "≤1.5万元/处"),
        (code, name, "效益指标", "社会效益指标", "古窑址档案开放查询", "是"),
        (code, name, None, "可持续影响指标", "古窑址档案更新机制", "健全"),
        (code, name, "满意度指标", "服务对象满意度指标", "文物保护部门满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("et12-kiln-flue-points", (10, 13),
         "project, NAT-2021, tier-1 points in the labels and an indicator points column: a value "
         "without a name, a unit cost × count above the money")  # fmt: skip
def et12() -> Book:
    b, s = start()
    goal = "改造传统土窑2座，加装烟气除尘设施2套，烟尘排放浓度下降30%以上。"
    project_head(s, year=YEAR, name="窑头岗村土窑烟气治理改造项目", dept=DEPT,
                 unit="苎岭县窑头岗村村民委员会", money=one_year(40, 35, 5),
                 goals=[goal])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    nameless = mk(None, "F110", "error", note="时效指标填了完成时间，却没有三级指标名称")
    cost = mk("≤25万元/座", "B107", "warning", row=True,
              note="25万元 × 2座 = 50万元，超过年度资金40万元")  # fmt: skip
    indicators(s, [
        ("产出指标（50分）", "数量指标", "改造土窑数量", "≥2座", 15),
        (None, None, "加装烟气除尘设施", "≥2套", 10),
        (None, "质量指标", "除尘设施验收合格率", "100%", 15),
        (None, "时效指标", nameless, "2026年9月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "单座土窑改造成本", cost, 10),
        ("效益指标（30分）", "生态效益指标", "烟尘排放浓度下降率", "≥30%", 15),
        (None, "社会效益指标", "烟尘污染投诉件数", "≤2件", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "车立新", "0739-6641257")
    return b
