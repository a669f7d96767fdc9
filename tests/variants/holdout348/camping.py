"""Campsites (露营地) and rafting sites (漂流): ut01–ut06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout348.common import indicators, one_year, start, wan
from tests.variants.holdout348.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ut01-campsite-percent", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def ut01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘岩县鹭鸣湾露营地消防安全提升",
                 dept="柘岩县文化和旅游局（317）", unit="柘岩县鹭鸣湾景区管理中心",
                 money=one_year(86.5, 80, 6.5),
                 goals=["完成120个营位防火间距改造，配齐消防器材，营地火灾事故为零。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "营位防火间距改造数量", "≥", 120, "个"),
        (None, None, "灭火器及消防沙箱配置点位", "≥", 40, "处"),
        (None, "质量指标", "消防器材检测合格率", "≥", pct(0.95), "%"),
        (None, None, "营区夜间安全巡查覆盖率", "=", pct(1), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "单个营位改造成本", "≤", 0.35, "万元/个"),
        ("效益指标", "社会效益指标", "营地火灾事故发生次数", "≤", 0, "起"),
        (None, "可持续影响指标", "营地消防设施完好率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "露营游客满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("ut02-rafting-direction", (11,), "project, NAT-2021, operators inside the values: "
         "a 反向 rate with ≥, a cost with =, a 正向 rate with ≤")  # fmt: skip
def ut02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="岫云溪漂流河段安全保障项目", dept="漾川区文化广电旅游体育局",
                 unit="漾川区岫云溪漂流管理站", money=one_year(38, 35, 3),
                 goals=["汛前检修漂流艇60艘，培训救生员180人次，全年无翻艇伤亡事故。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "漂流艇安全检修数量", "≥60艘"),
        (None, None, "救生员岗前培训人次", "≥180人次"),
        (None, "质量指标", "救生衣配备率",
         mk("≤95%", "T108", "warning", row=True, note="正向 rate capped with ≤")),
        (None, "时效指标", "汛前安全检修完成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "单艘漂流艇检修费用",
         mk("=0.12万元/艘", "T108", "warning", row=True, note="= on a cost cap, ≤ meant")),
        ("效益指标", "社会效益指标", "漂流艇翻覆事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="反向 accident rate with ≥")),
        (None, "可持续影响指标", "河段安全管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "漂流游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ut03-stacked-campsites", (2,), "two campsite projects stacked in one sheet, OLD-NAT, "
         "one value column, the same indicator name with different values (correct)")  # fmt: skip
def ut03() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹤汀湾营地夜间安全值守", dept="桐屿市文化和旅游局",
                 unit="桐屿市鹤汀湾营地服务中心", money=one_year(52, 50, 2),
                 goals=["全年营地夜间值守不间断，巡查365次以上，游客求助及时处置。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "营地夜间安全巡查次数", "≥365次"),
        (None, "质量指标", "游客求助事项处置率", "≥98%"),
        (None, "时效指标", "夜间求助响应时间", "≤10分钟"),
        (None, "成本指标", "夜间值守人员人均补贴", "≤4.2万元/人"),
        ("效益指标", "社会效益指标", "营地治安案件发生数", "≤2起"),
        ("满意度指标", "服务对象满意度指标", "露营游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="青箬滩季节性营地安全管理", dept="桐屿市文化和旅游局",
                 unit="桐屿市青箬滩营地服务中心", money=one_year(18.6, 18.6, 0),
                 goals=["5月至10月开放期内落实夜间巡查，营地安全事故为零。"], title="",
                 start=day(2025, 5, 1), end=day(2025, 10, 31))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "营地夜间安全巡查次数", "≥180次"),
        (None, "质量指标", "帐篷区消防通道畅通率", "≥95%"),
        (None, "时效指标", "开放首周安全检查完成时间", "2025年5月7日前"),
        (None, "成本指标", "季节性巡查人员人均补贴", "≤2.4万元/人"),
        ("效益指标", "社会效益指标", "营地安全事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "露营游客满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ut04-stacked-rafting-wrong", (2, 12), "two rafting projects stacked, OLD-NAT, one "
         "value column: the second project's money does not add up and one rate is a head "
         "count")  # fmt: skip
def ut04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="岫云溪漂流码头安全改造", dept="漾川区文化广电旅游体育局",
                 unit="漾川区岫云溪漂流管理站", money=one_year(27.5, 25, 2.5),
                 goals=["改造上下船码头2处，增设防滑护栏，码头落水事故为零。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "上下船码头改造数量", "≥2处"),
        (None, "质量指标", "码头护栏验收合格率", "100%"),
        (None, "时效指标", "码头改造完工时间", "2025年4月20日前"),
        (None, "成本指标", "单处码头改造费用", "≤12万元/处"),
        ("效益指标", "社会效益指标", "码头落水事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "漂流游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(45), "B101", "error", note="财政拨款 40 + 其他资金 8 = 48 ≠ 45")
    project_head(s, year=2025, name="岫云溪漂流救生值守", dept="漾川区文化广电旅游体育局",
                 unit="漾川区岫云溪漂流管理站", money=one_year(total, 40, 8), title="",
                 goals=["漂流季每个急流段配备持证救生员，险情处置及时。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "急流段救生值守点", "≥8处"),
        (None, "质量指标", "救生员持证上岗率",
         mk("12人", "T105", "error", note="a 上岗率 given as a head count")),
        (None, "时效指标", "险情响应到场时间", "≤5分钟"),
        (None, "成本指标", "救生员人均值守补贴", "≤3万元/人"),
        ("效益指标", "社会效益指标", "漂流溺水死亡事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "漂流游客满意度", "≥92%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ut05-flat-campsite-office", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, a 下降率 with ≥, weights add to 100 "
         "(correct)")  # fmt: skip
def ut05() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="漾川区户外营地管理服务中心",
                    budget=[[wan(320), wan(300), wan(20), wan(185), wan(135)]],
                    tasks=[("营地安全巡查", "全区8处营地巡查与隐患整改", wan(60), "整改率≥95%"),
                           ("漂流救生值守", "岫云溪漂流季救生值守", wan(75), "无溺水死亡事故"),
                           ("金额合计", None, wan(135), None)],
                    goal="落实营地和漂流河段安全监管，游客安全投诉较上年下降10%以上。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("营地安全巡查次数", 15, "次", "≥", 960),
        ("安全隐患整改率", 15, "%", "≥", pct(0.95)),
        ("漂流季救生值守天数", 10, "天", "≥", 150),
        ("救生员持证上岗率", 10, "%", "=", pct(1)),
        ("营地火灾及溺水死亡事故", 10, "起", "≤", 0),
        ("游客安全投诉下降率", 10, "%", "≥", pct(0.1)),
        ("隐患整改平均时限", 10, "工作日", "≤", 7),
        ("营地应急预案演练次数", 10, "次", "≥", 4),
        ("游客安全满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("ut06-flat-rafting-wrong", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, "
         "weights 85")  # fmt: skip
def ut06() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="桐屿市青箬滩漂流安全管理所",
                    budget=[[wan(146), wan(140), wan(6), wan(88), wan(58)]],
                    goal="漂流季安全运营，无溺水死亡事故，游客投诉办结率95%以上。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("救生艇巡航班次", "≥600", "正向", "班次", 15),
        ("安全讲座场次",
         mk("12人次", "T112", "error", note="人次 in the value, 场 in the unit column"),
         "正向", "场", 10),
        ("救生员持证上岗率", "100", "正向", "%", 15),
        ("漂流艇翻覆率",
         mk("≥1.5", "T108", "warning", row=True, note="反向 rate with ≥"), "反向", "%", 15),
        ("投诉办结率", "≥95", "正向", "%", 10),
        ("险情响应时间", "≤5", "反向", "分钟", 10),
        ("游客满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+10+15+15+10+10+10 = 85 ≠ 100")
    return b
