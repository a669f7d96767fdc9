"""荸荠 returns of 苇川区 (budget year 2026): gx07–gx12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout664.common import HEAD4, grid, one_year, periods, sign, start, w
from tests.variants.holdout664.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "苇川区农业农村局 326104"
CENTRE = "苇川区农业技术推广中心"


@variant("gx07-biqi-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, 0起 on incidents (correct)")  # fmt: skip
def gx07() -> Book:
    b, s = start()
    goal = ("繁育荸荠种苗300万株，培训种植户800人次（其中新型经营主体负责人120人次），"
            "带动种植户500户稳定增收。")  # fmt: skip
    department_head(s, year=2026, dept="苇川区荸荠产业服务站", goal=goal,
                    budget=[(w(210), w(190), w(20), w(150), w(60))])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("荸荠种苗繁育数量", 15, "万株", "≥", 300),
        ("荸荠种植技术培训", 10, "人次", "≥", 800),
        ("种苗检测合格率", 15, "%", "≥", pct(0.95)),
        ("荸荠秆枯病发病下降率", 10, "%", "≥", pct(0.1)),
        ("农产品质量安全事故", 10, "起", "≤", 0),
        ("收购保护价覆盖率", 10, "%", "≥", pct(0.8)),
        ("种植户亩均增收", 10, "元", "≥", 600),
        ("带动种植户", 10, "户", "≥", 500),
        ("种植户满意度", 10, "%", "≥", pct(0.92)),
        ("合计", 100),
    ])  # fmt: skip
    sign(s, "詹慧敏", "0728-3364015", day(2025, 11, 12))
    return b


@variant("gx08-biqi-system-export", (7, 2),
         "budget-system export: money on sheet 05-1, indicators of two projects on sheet 05-2 "
         "under 预期实现值, codes in the first columns, header on the third row "
         "(correct)")  # fmt: skip
def gx08() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 22, 14, 14, 14, 10))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("420108260012", "荸荠标准化种植示范", w(85), w(70), w(15), "1年")
    s.row("420108260013", "荸荠脱毒种苗繁育", w(45), w(45), w(0), "1年")
    s.row("合计", None, w(130), w(115), w(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 16, 26, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("部门：", CENTRE)
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    a = ("420108260012", "荸荠标准化种植示范")
    c = ("420108260013", "荸荠脱毒种苗繁育")
    t.table([
        (*a, "产出指标", "数量指标", "示范种植面积", "≥600亩"),
        (*a, "产出指标", "质量指标", "种苗纯度", "≥96%"),
        (*a, "产出指标", "时效指标", "示范任务完成时间", "2026年11月30日前"),
        (*a, "产出指标", "成本指标", "示范种植补助标准", "≤1200元/亩"),
        (*a, "效益指标", "经济效益指标", "示范户亩均增收", "≥500元"),
        (*a, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        (*c, "产出指标", "数量指标", "脱毒种苗繁育量", "≥200万株"),
        (*c, "产出指标", "质量指标", "种苗脱毒率", "≥95%"),
        (*c, "产出指标", "成本指标", "脱毒种苗繁育成本", "≤0.2元/株"),
        (*c, "效益指标", "社会效益指标", "供苗覆盖种植户", "≥300户"),
        (*c, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gx09-biqi-content-standard", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: total not the sum of its parts, "
         "last year's deadline, the same indicator twice with two values")  # fmt: skip
def gx09() -> Book:
    b, s = start()
    total = mk(w(80), "B101", "error", note="60 + 15 = 75 ≠ 80")
    project_head(s, year=2026, name="荸荠收购加工补助", dept=DEPT, unit=CENTRE,
                 money=one_year(total, 60, 15),
                 goals=["收购鲜荸荠3000吨，培训种植户400人次，去皮荸荠抽检合格率"
                        "98%以上。"])  # fmt: skip
    dup = mk("种植户技术培训人次", "D102", "error", row=True, alt=("D101", "D103"),
             note="与数量指标同名，指标值却是300人次 / 400人次")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "荸荠收购量", "≥3000吨"),
        (None, None, "种植户技术培训人次", "≥400人次"),
        (None, "质量指标", "去皮荸荠抽检合格率", "≥98%"),
        (None, "时效指标", "收购合同签订时间",
         mk("2025年3月31日前", "Y102", "error", note="预算年度2026，期限在上一年")),
        (None, "成本指标", "收购补助标准", "≤200元/吨"),
        ("效益指标", "社会效益指标", dup, "≥300人次"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立平", "0728-3364087", day(2025, 11, 26))
    return b


@variant("gx10-biqi-three-years", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: the 中期 area below the "
         "中期目标's, a cumulative count copied to 年度")  # fmt: skip
def gx10() -> Book:
    b, s = start()
    mid = "三年建成荸荠绿色种植基地3000亩，累计培训种植户1500人次，形成区域公用品牌。"
    year = "2026年建成绿色种植基地1000亩，培训种植户500人次，完成品牌注册申请。"
    project_head(s, year=2026, name="荸荠绿色种植基地建设", dept=DEPT, unit=CENTRE,
                 money=periods((450, 400, 50), (150, 130, 20)), goals=[mid, year], years=3,
                 attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    grid(s, head, [
        ("成本指标", "经济成本指标", "基地建设补助标准", "≤1000元/亩", "≤1000元/亩"),
        ("产出指标", "数量指标", "绿色种植基地面积",
         mk("≥2400亩", "D104", "warning", row=True, note="中期目标写3000亩"), "≥1000亩"),
        (None, None, "种植户培训人次", "≥1500人次",
         mk("≥1500人次", "D202", "warning", note="三年累计数照抄到年度，年度目标写500人次")),
        (None, "质量指标", "绿色食品认证产品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "品牌注册申请提交时间", "2027年6月30日前", "2026年12月31日前"),
        ("效益指标", "经济效益指标", "基地亩均增收", "≥800元", "≥500元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹慧敏", "0728-3364015", day(2025, 11, 12))
    return b


@variant("gx11-biqi-words-operators", (11, 1),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in words, "
         "unit column, percent cells, a 下降率 with 大于等于 (correct)")  # fmt: skip
def gx11() -> Book:
    b, s = start()
    project_head(s, year=2026, name="荸荠种植补助", dept=DEPT, unit=CENTRE,
                 money=one_year(50, 45, 5),
                 goals=["补助荸荠种植1500亩，培训种植户600人次，化肥施用强度下降8%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    grid(s, head, [
        ("产出指标", "数量指标", "补助荸荠种植面积", "正向", "大于等于", 1500, "亩"),
        (None, None, "种植户培训", "正向", "大于等于", 600, "人次"),
        (None, "质量指标", "种苗成活率", "正向", "大于等于", pct(0.9), "%"),
        (None, None, "农残检测超标率", "反向", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "补助资金按时兑付率", "正向", "等于", pct(1), "%"),
        (None, "成本指标", "种植补助标准", "反向", "小于等于", 300, "元/亩"),
        ("效益指标", "经济效益指标", "荸荠储运损耗率", "反向", "小于等于", pct(0.06), "%"),
        (None, "生态效益指标", "化肥施用强度下降率", "正向", "大于等于", pct(0.08), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向", "大于等于", pct(0.9),
         "%"),
    ])  # fmt: skip
    sign(s, "覃立平", "0728-3364087", day(2025, 11, 26))
    return b


@variant("gx12-biqi-abbreviated-tiers", (5,),
         "project, OLD-NAT, abbreviated and marked tier labels (*产出, 数量, ★满意度): the "
         "goal's purchase above the indicator, a count under 质量")  # fmt: skip
def gx12() -> Book:
    b, s = start()
    goal = "收购鲜荸荠2000吨，加工荸荠粉200吨，带动农户300户增收。"
    project_head(s, year=2026, name="荸荠粉加工扶持", dept=DEPT, unit="苇川区马蹄粉加工合作社",
                 money=one_year(60, 40, 20), goals=[goal])  # fmt: skip
    grid(s, HEAD4, [
        ("*产出", "数量", "荸荠粉产量", "≥200吨"),
        (None, None, "鲜荸荠收购量",
         mk("≥1500吨", "D104", "warning", row=True, note="年度目标写收购2000吨")),
        (None, "质量", mk("荸荠粉包装数量", "F201", "warning", row=True,
                          note="包装袋数是数量指标，填在质量下"), "≥10万袋"),
        (None, None, "产品抽检合格率", "≥98%"),
        (None, "时效", "鲜荸荠收购完成时间", "2026年3月31日前"),
        (None, "成本", "收购补助标准", "≤100元/吨"),
        ("*效益", "经济效益", "带动农户户均增收", "≥1200元"),
        (None, "社会效益", "带动农户", "≥300户"),
        ("★满意度", "服务对象满意度", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹慧敏", "0728-3364015", day(2025, 11, 12))
    return b
