"""Wild animal rescue centres: stacked projects, 中期 and 年度, flat lists (tw07–tw12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout325.common import (
    FOREST_DEPT,
    OLD_HEAD,
    RESCUE,
    STATION,
    YEAR,
    first,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout325.registry import variant
from tests.variants.kit import Book, day, mk, pct

RESCUE_DEPT = "澜屿市林业局（428）"
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("tw07-rescue-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in the two projects (correct)")  # fmt: skip
def tw07() -> Book:
    b, s = first("绩效目标表")
    goal = "全年救治受伤、受困野生动物不少于420只，康复后适时放归野外。"
    project_head(s, year=YEAR, name="受伤野生动物救治与放归项目", dept=RESCUE_DEPT,
                 unit=RESCUE, money=one_year(78, 78, 0), goals=[goal])  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "救治野生动物数量", "≥420只"),
        (None, "质量指标", "救治动物放归率", "≥60%"),
        (None, "时效指标", "接警后到场时限", "≤2小时"),
        (None, "成本指标", "单只动物平均救治成本", "≤0.18万元/只"),
        ("效益指标", "生态效益指标", "放归动物跟踪监测存活率", "≥70%"),
        (None, "社会效益指标", "野生动物保护宣传受众", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "完成救护笼舍和隔离检疫区维修，降低收容动物交叉感染风险。"
    project_head(s, year=YEAR, name="救护笼舍与隔离检疫区维修项目", dept=RESCUE_DEPT,
                 unit=RESCUE, money=one_year(46.5, 40, 6.5), goals=[goal], title="",
                 attr="一次性项目")  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "维修救护笼舍数量", "≥24间"),
        (None, "质量指标", "维修工程验收合格率", "=100%"),
        (None, "时效指标", "维修工程完工时间", "2025年8月31日前"),
        (None, "成本指标", "单间笼舍维修成本", "≤1.5万元/间"),
        ("效益指标", "社会效益指标", "收容动物交叉感染发生率", "≤2%"),
        (None, "可持续影响指标", "维修后笼舍使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "蒲知遥", "0591-6270953")
    return b


@variant("tw08-rescue-stacked-wrong", (2, 9),
         "two projects stacked, OLD-NAT, one value column: the second project's total a number "
         "split by a space, one of its rates given as a count")  # fmt: skip
def tw08() -> Book:
    b, s = first()
    goal = "救护受伤猛禽并开展飞行康复训练，提高放归成功率。"
    project_head(s, year=YEAR, name="猛禽救护与康复训练项目", dept=FOREST_DEPT, unit=STATION,
                 money=one_year(64, 64, 0), goals=[goal])  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "救护猛禽数量", "≥150只"),
        (None, "质量指标", "康复猛禽放归成功率", "≥65%"),
        (None, "时效指标", "接警响应时间", "≤1小时"),
        (None, "成本指标", "单只猛禽康复成本", "≤0.4万元/只"),
        ("效益指标", "生态效益指标", "放归猛禽跟踪存活率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "报警群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    split = mk("52.736 8", "X105", "warning", alt=("X103",),
               note="read as 52.7368 = 50 + 2.7368")  # fmt: skip
    goal = "在候鸟迁徙通道设置监测点，采集送检疫源疫病样本，及时发现异常情况。"
    project_head(s, year=YEAR, name="野生动物疫源疫病监测项目", dept=FOREST_DEPT, unit=STATION,
                 money=one_year(split, 50, 2.7368), goals=[goal], title="")  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "设置监测点数量", "≥12个"),
        (None, "质量指标", "样本送检合格率",
         mk("320份", "T105", "error", row=True, note="a rate given as a count")),
        (None, "时效指标", "异常情况上报时限", "≤24小时"),
        (None, "成本指标", "单个监测点年运行成本", "≤4万元/个"),
        ("效益指标", "社会效益指标", "疫病监测信息按时报送率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "闻溪楠", "0593-2851377")
    return b


@variant("tw09-rescue-multiyear", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
         "rates and unit costs legitimately equal (correct)")  # fmt: skip
def tw09() -> Book:
    b, s = first()
    goals = ["2025—2027年建成康复笼舍和野化训练场，累计救治野生动物不少于1500只。",
             "2025年完成一期康复笼舍建设，救治野生动物不少于450只。"]  # fmt: skip
    project_head(s, year=YEAR, years=3, name="救护中心康复场地建设项目", dept=RESCUE_DEPT,
                 unit=RESCUE, money=multi_year((1260, 1100, 160), (480, 420, 60)),
                 goals=goals, attr="新增项目")  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "新建康复笼舍面积", "≥3600平方米", "≥1500平方米"),
        (None, None, "救治野生动物数量", "≥1500只", "≥450只"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "工程完工时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积建设成本", "≤0.3万元/平方米", "≤0.3万元/平方米"),
        ("效益指标", "生态效益指标", "救治动物放归率", "≥65%", "≥60%"),
        (None, "社会效益指标", "科普开放接待人次", "≥2.4万人次", "≥0.6万人次"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：年度工程完工时间指一期工程；中期指标为三年累计值。")
    signature(s, "蒲知遥", "0591-6270953")
    return b


@variant("tw10-rescue-multiyear-wrong", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual distance above the period, a 反向 rate with ≥ in the annual column")  # fmt: skip
def tw10() -> Book:
    b, s = first()
    text = "建立野生动物救护巡护网络，提升救护站救治能力和放归成效。"
    goals = [text, mk(text, "D204", "warning", note="年度目标 identical to 中期目标")]
    project_head(s, year=YEAR, years=2, name="野生动物救护能力提升项目", dept=FOREST_DEPT,
                 unit=STATION, money=multi_year((380, 340, 40), (210, 190, 20)),
                 goals=goals)  # fmt: skip
    over = mk("≥1800公里", "D201", "error", note="annual 1800 above the period 1500")
    death = mk("≥15%", "T108", "warning", row=True, alt=("D203",),
               note="死亡率 is 反向; the 中期 column has ≤15%")  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "野外巡护里程", "≥1500公里", over),
        (None, None, "救治野生动物数量", "≥700只", "≥320只"),
        (None, "质量指标", "收容动物死亡率", "≤15%", death),
        (None, "时效指标", "接警响应时间", "≤1小时", "≤1小时"),
        ("成本指标", "经济成本指标", "单只动物平均救治成本", "≤0.2万元/只", "≤0.2万元/只"),
        ("效益指标", "生态效益指标", "救治动物放归率", "≥60%", "≥60%"),
        (None, "社会效益指标", "救护知识宣传覆盖人次", "≥4万人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "报警群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "闻溪楠", "0593-2851377")
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("tw11-rescue-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 with a 合计 row (correct)")  # fmt: skip
def tw11() -> Book:
    b, s = first()
    goal = "全年救治野生动物不少于600只，提升救治放归水平和公众保护意识。"
    department_head(s, year=YEAR, dept=RESCUE, budget=[(612.8, 560.8, 52, 318.3, 294.5)],
                    goal=goal)  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT_HEAD)
    s.table([
        ("全年救治野生动物数量", 20, "只", "≥", 600),
        ("救护热线接警响应时间", 10, "小时", "≤", 1),
        ("救治动物放归率", 15, "%", "≥", pct(0.6)),
        ("收容动物死亡率", 15, "%", "≤", pct(0.25)),
        ("疫源疫病样本送检及时率", 10, "%", "=", pct(1)),
        ("单只动物平均救治成本", 10, "元/只", "≤", 1500),
        ("野生动物保护科普受众", 10, "人次", "≥", 20000),
        ("社会公众满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "蒲知遥", "0591-6270953", day(YEAR - 1, 11, 14))
    return b


@variant("tw12-rescue-flat-wrong", (3, 9),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 正向 rate with ≤, weights adding to 95")  # fmt: skip
def tw12() -> Book:
    b, s = first()
    goal = "做好辖区野生动物救护和收容，扩大救护站点覆盖，宣传保护知识。"
    department_head(s, year=YEAR, dept=STATION, budget=[(236, 206, 30, 148.6, 87.4)],
                    goal=goal)  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+15+10 = 95")
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("救治野生动物数量", "≥260", "正向", "只", 20),
        ("救护站点乡镇覆盖率",
         mk("≤90%", "T108", "warning", row=True, note="覆盖率 is 正向: ≥ meant"), "正向", "%",
         15),
        ("保护知识宣传受众",
         mk("≥1800只", "T112", "error", note="只 in the value, 人次 in the unit column"),
         "正向", "人次", 15),
        ("接警响应时间", "≤2", "反向", "小时", 10),
        ("单只动物平均救治成本", "≤1200", "反向", "元/只", 10),
        ("救治动物放归率", "≥55%", "正向", "%", 15),
        ("社会公众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    signature(s, "闻溪楠", "0593-2851377", day(YEAR - 1, 11, 20))
    return b
