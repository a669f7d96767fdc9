"""People's congress deputies (人大代表履职, 代表联络站): sg01 to sg06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout283.common import (
    YEAR,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout283.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("sg01-liaison-station", (1, 5),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "typed percents (correct)")  # fmt: skip
def sg01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀区人大代表联络站运行保障",
                 dept="鹭汀区人大常委会办公室（302001）", unit="鹭汀区人大常委会代表工作室",
                 money=one_year(48, 48), goals=[
                     "保障全区12个代表联络站常态运行，组织代表进站接待选民不少于3600人次，"
                     "群众意见建议办结率达到90%以上。"])  # fmt: skip
    table(s, HEAD6, [
        ("一、产出指标（50分）", "（一）数量指标", "代表联络站常态运行数", "≥", 12, "个"),
        (None, None, "代表进站接待选民人次", "≥", 3600, "人次"),
        (None, "（二）质量指标", "群众意见建议办结率", "≥", pct(0.9), "%"),
        (None, "（三）时效指标", "意见建议转办时限", "≤", 15, "个工作日"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单站年度运行补助标准", "≤", 4, "万元/个"),
        ("三、效益指标（20分）", "（一）社会效益指标", "群众反映问题解决率", "≥", pct(0.85), "%"),
        (None, "（二）可持续影响指标", "联络站接待制度长效运行", "定性", "健全", None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "进站选民满意度", "≥", pct(0.9),
         "%"),
    ])  # fmt: skip
    sign(s, "邵景澜", "0571-86230417", day(2024, 11, 12, CN_DATE), head="屈明远")
    return b


@variant("sg02-training-multiyear", (8, 11),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above its period "
         "count, a 反向 rate with ≥")  # fmt: skip
def sg02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="柘岭市人大代表履职能力提升培训（2025—2027年）",
                 dept="柘岭市人大常委会代表工作委员会", unit="柘岭市人大代表培训中心",
                 attr="新增项目", money=multi_year((360, 360, 0), (120, 120, 0)), goals=[
                     "三年内组织代表履职培训班18期，轮训市、县两级人大代表2700人次，"
                     "培训考核合格率保持在95%以上。",
                     "2025年举办培训班6期，重点轮训新任代表，"
                     "培训考核合格率不低于95%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "举办履职培训班期数", "≥18期", "≥6期"),
        (None, None, "轮训人大代表人次", "≥2700人次",
         mk("≥3000人次", "D201", "error", note="annual 3000 above the three-year 2700")),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
        (None, None, "培训学员缺勤率", "≥5%",
         mk("≥5%", "T108", "warning", row=True, note="a 缺勤率 is 反向: ≤ meant, both columns")),
        (None, "时效指标", "考核结果反馈时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤400元/人次", "≤400元/人次"),
        ("效益指标", "社会效益指标", "参训代表议案建议采纳率", "≥60%", "≥60%"),
        (None, "可持续影响指标", "代表履职培训课程体系", "健全", "基本建立"),
        ("满意度指标", "服务对象满意度指标", "参训代表满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦楚涵", "0579-83126605", day(2024, 10, 28))
    return b


@variant("sg03-stations-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values, 0起 on an incident count (correct)")  # fmt: skip
def sg03() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="澄湾县乡镇人大代表之家提档升级", dept="澄湾县人大常委会办公室",
                 unit="澄湾县人大常委会选举联络工作室", money=one_year(36, 30, 6), goals=[
                     "完成9个乡镇代表之家提档升级，配齐履职资料和接待设施，"
                     "验收合格率100%。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "提档升级代表之家数量", "≥9个"),
        (None, "质量指标", "升级项目验收合格率", "=100%"),
        (None, "时效指标", "升级工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "单个代表之家升级补助", "≤4万元/个"),
        ("效益指标", "社会效益指标", "代表之家年接待选民人次", "≥1800人次"),
        (None, "可持续影响指标", "代表之家管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "代表和选民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="澄湾县人大代表履职服务平台运维",
                 dept="澄湾县人大常委会办公室", unit="澄湾县人大常委会信息中心",
                 money=one_year(18, 18), goals=[
                     "保障代表履职服务平台全年稳定运行，系统可用率不低于99%，"
                     "全年信息安全事故0起。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "平台注册使用代表人数", "≥320人"),
        (None, "质量指标", "系统可用率", "≥99%"),
        (None, None, "信息安全事故", "0起"),
        (None, "时效指标", "故障响应时间", "≤2小时"),
        (None, "成本指标", "平台年度运维费", "≤18万元"),
        ("效益指标", "社会效益指标", "代表线上履职使用率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "代表和选民满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "钱若溪", "0576-85521938", day(2024, 11, 5))
    return b


@variant("sg04-office-department", (12, 4),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "note row inside the table, a rate above 100 %")  # fmt: skip
def sg04() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀区人大常委会办公室", budget=[
        (mk(wan(865.4), "B101", "error", row=True,
            note="财政拨款 845.4 + 其他资金 20 = 865.4, but "
                 "基本支出 612.2 + 项目支出 243.2 = 855.4"),
         wan(845.4), wan(20), wan(612.2), wan(243.2)),
    ], tasks=[
        ("代表联络站运行", "12个代表联络站运行补助", wan(48), "联络站常态运行"),
        ("常委会会议保障", "常委会会议、主任会议服务保障", wan(65.2), "会议服务零差错"),
        ("执法检查与专题调研", "组织执法检查4次、专题调研6次", wan(70), "形成检查和调研报告"),
        ("代表履职培训", "培训区、镇两级人大代表", wan(60), "提升代表履职能力"),
        ("金额合计", None, mk(wan(253.2), "B102", "error",
                              note="48 + 65.2 + 70 + 60 = 243.2"), None),
    ], goal="保障常委会依法履职，支持代表密切联系群众，组织执法检查和专题调研。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    table(s, head, [
        ("产出指标", "数量指标", "保障常委会会议次数", "≥8次"),
        (None, None, "组织执法检查次数", "≥4次"),
        (None, None, "形成专题调研报告", "≥6篇"),
        (None, "质量指标", "会议记录差错率", "≤1%"),
        (None, "时效指标", "会议文件按时印发率",
         mk("≥105%", "T106", "error", note="按时印发率 is capped at 100 %")),
    ])  # fmt: skip
    notes(s, "注：执法检查次数含与市人大常委会联动开展的检查。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "代表联络站单站运行补助", "≤4万元/个"),
        ("效益指标", "社会效益指标", "代表建议办结率", "≥95%"),
        (None, "可持续影响指标", "代表工作制度化建设", "健全"),
        ("满意度指标", "服务对象满意度指标", "人大代表满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.金额单位为万元；2.指标值应量化，无法量化的以等级表述。", width=4)
    sign(s, "龚宛宁", "0571-86230522", day(2024, 11, 18), head="屈明远")
    return b


@variant("sg05-liaison-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 下降率 with ≥, =100% at the ceiling, weights adding to 100 "
         "(correct)")  # fmt: skip
def sg05() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="柘岭市人大常委会代表联络服务中心", budget=[
        (wan(312.6), wan(300.6), wan(12), wan(186.6), wan(126)),
    ], goal="全市20个代表联络站规范运行，代表建议全部交办，"
            "群众意见建议办结率90%以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("代表联络站接待选民人次", 15, "人次", "≥", 8000),
        ("代表联络站规范运行数", 10, "个", "≥", 20),
        ("代表建议交办率", 10, "%", "=", pct(1)),
        ("群众意见建议办结率", 15, "%", "≥", pct(0.9)),
        ("意见建议重复提交下降率", 10, "%", "≥", pct(0.1)),
        ("意见建议交办时限", 10, "个工作日", "≤", 7),
        ("单站年度运行经费", 10, "万元/个", "≤", 3.5),
        ("选民满意度", 20, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：指标性质栏填写比较符；合计行为权重合计。", width=5)
    sign(s, "苗知秋", "0579-83128840", day(2024, 11, 22))
    return b


@variant("sg06-visit-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def sg06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄湾县人大代表集中视察调研活动", dept="澄湾县人大常委会办公室",
                 unit="澄湾县人大常委会选举联络工作室", money=one_year(24, 24), goals=[
                     "组织代表开展集中视察4次，参加代表不少于240人次，"
                     "视察意见建议及时交办。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "组织代表集中视察次数", "≥4次"),
        (None, None, "参加视察代表人次", "≥240人次"),
        (None, "质量指标", "视察意见建议交办率", "≥95%"),
        (None, "时效指标", mk(None, "F110", "error", note="a value with no indicator name"),
         "≤15个工作日"),
        ("成本指标", "经济成本指标", "单次集中视察活动经费", "≤6万元/次"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        ("效益指标", "社会效益指标", "视察意见建议办理落实率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "被视察单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钱若溪", "0576-85521938", day(2024, 11, 6))
    return b
