"""Returns wc01–wc06: penjing gardens (盆景园) kept open to visitors."""

from __future__ import annotations

from tests.variants.holdout383.common import (
    department,
    flat,
    funds,
    indicators,
    new_book,
    project,
    wan,
)
from tests.variants.holdout383.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("wc01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 发生率 with ≤ and =100% at the ceiling (correct)")  # fmt: skip
def wc01() -> Book:
    b, s = new_book()
    project(s, "砚浦盆景园古桩养护项目", "砚浦盆景园管理所", funds(wan(86.4), 72.4, 14),
            ["养护古桩盆景300盆，翻盆换土120盆，全年开放接待游客3.5万人次。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "古桩盆景日常养护数量", "≥", 300, "盆"),
        (None, None, "盆景翻盆换土数量", "≥", 120, "盆"),
        (None, "质量指标", "养护盆景成活率", "≥", pct(0.95), "%"),
        (None, None, "病虫害发生率", "≤", pct(0.03), "%"),
        (None, "时效指标", "春季翻盆作业完成时间", "≤", 60, "个工作日"),
        (None, "成本指标", "单盆年均养护成本", "≤", 0.12, "万元/盆"),
        ("效益指标", "社会效益指标", "盆景园开放接待人次", "≥", 3.5, "万人次"),
        (None, "可持续影响指标", "百年以上古桩存活保持率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("wc02-percent-wrong", (1, 11),
         "project, OLD-NAT, values with inline operators: a typed 105% on a 合格率, a 死亡率 "
         "with ≥, a 及时率 given as a count")  # fmt: skip
def wc02() -> Book:
    b, s = new_book()
    project(s, "栖苔区古树桩头抢救复壮项目", "栖苔区盆景艺术研究站", funds(wan(48), 40, 8),
            ["抢救复壮濒危古树桩头40株，提高复壮养护质量。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "古树桩头抢救复壮数量", "≥40株"),
        (None, "质量指标", "复壮养护合格率", mk(pct(1.05), "T106", "error",
                                         note="a 合格率 typed as 105% is above its 100% cap")),
        (None, None, "复壮古桩死亡率", mk("≥2%", "T108", "warning", row=True,
                                        note="a 死亡率 is 反向: ≤ expected")),
        (None, "时效指标", "修剪作业及时率", mk("12次", "T105", "error",
                                          note="a rate given as a count")),
        (None, "成本指标", "单株复壮成本", "≤0.5万元/株"),
        ("效益指标", "生态效益指标", "复壮古桩景观保存完好率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "盆景爱好者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wc03-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column each, the same "
         "indicator name with different values in the two projects (correct)")  # fmt: skip
def wc03() -> Book:
    b, s = new_book()
    project(s, "松溪盆景园展陈更新项目", "松溪盆景园", funds(wan(60), 60, 0),
            ["更新展陈盆景80盆，举办季节主题展4场。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "更新展陈盆景数量", "≥80盆"),
        (None, None, "季节主题展场次", "≥4场"),
        (None, "成本指标", "单盆展陈更新成本", "≤0.6万元/盆"),
        ("效益指标", "社会效益指标", "展期参观人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "松溪盆景园水旱盆景修复项目", "松溪盆景园", funds(wan(25), 20, 5),
            ["修复水旱盆景30盆，恢复山石与植株原貌。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "水旱盆景修复数量", "≥30盆"),
        (None, "质量指标", "修复验收合格率", "≥95%"),
        (None, "成本指标", "单盆修复成本", "≤0.8万元/盆"),
        ("效益指标", "社会效益指标", "修复盆景重新展出比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("wc04-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second project's 年度资金总额 is not 财政拨款 + "
         "其他资金 and one of its rates is a count")  # fmt: skip
def wc04() -> Book:
    b, s = new_book()
    project(s, "鹤汀镇盆景苗圃扩繁项目", "鹤汀镇农业综合服务中心", funds(wan(32), 30, 2),
            ["扩繁盆景素材苗木2000株。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "盆景素材苗木扩繁数量", "≥2000株"),
        (None, "成本指标", "单株扩繁成本", "≤0.015万元/株"),
        ("效益指标", "经济效益指标", "苗木对外供应收入", "≥3万元"),
        ("满意度指标", "服务对象满意度指标", "苗农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(50), "B101", "error", note="50 ≠ 40 + 5")
    project(s, "鹤汀镇盆景展园维护项目", "鹤汀镇农业综合服务中心", funds(total, 40, 5),
            ["维护展园盆景150盆，全年开放。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "展园盆景维护数量", "≥150盆"),
        (None, "质量指标", "展陈盆景完好率", mk("30盆", "T105", "error",
                                          note="a rate given as a count")),
        (None, "成本指标", "单盆维护成本", "≤0.3万元/盆"),
        ("效益指标", "社会效益指标", "展园开放天数", "≥300天"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("wc05-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, 0 incidents with ≤, weights adding to 100 (correct)")  # fmt: skip
def wc05() -> Book:
    b, s = new_book("部门整体")
    department(s, "梧岭市盆景艺术馆", [(wan(320), wan(300), wan(20), wan(180), wan(140))],
               "完成馆藏盆景普查建档，保障展园养护和安全。", tasks=[
        ("馆藏普查建档", "馆藏盆景逐盆拍照建档", wan(60), "建档400盆"),
        ("展园养护", "展园盆景日常养护", wan(80), "养护盆景成活率≥95%"),
        ("金额合计", None, wan(140), None),
    ])  # fmt: skip
    flat(s, FLAT, [
        ("馆藏盆景建档数量", 20, "盆", "≥", 400),
        ("展园盆景养护成活率", 20, "%", "≥", pct(0.95)),
        ("藏品霉变发生率下降率", 15, "%", "≥", 10),
        ("盆景失窃事件数", 15, "起", "≤", 0),
        ("单盆建档成本", 10, "元/盆", "≤", 1500),
        ("年度参观人次", 10, "万人次", "≥", 4),
        ("参观者满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("wc06-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 指标性质 · 权重): a unit "
         "conflict, a 投诉率 with ≥, weights adding to 95")  # fmt: skip
def wc06() -> Book:
    b, s = new_book()
    department(s, "栖苔区盆景协会服务中心", [(wan(90), wan(80), wan(10), wan(50), wan(40))],
               "组织盆景养护培训和巡回展览。", tasks=[
        ("养护培训", "面向社区开展盆景养护培训", wan(15), "培训600人次"),
        ("巡回展览", "盆景进社区巡回展", wan(25), "巡展12场"),
        ("金额合计", None, wan(40), None),
    ])  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table([
        ("盆景养护培训人次", 600, "人次", "≥", 25),
        ("盆景进社区巡展场次", 12, "场", "≥", 20),
        ("巡展盆景数量", mk("12万元", "T112", "error", alt=("T119",),
                          note="万元 in the value, 盆 in the unit column"), "盆", "≥", 15),
        ("展览投诉率", 3, "%", mk("≥", "T108", "warning", row=True,
                                note="a 投诉率 is 反向: ≤ expected"), 10),
        ("培训学员满意度", 90, "%", "≥", 25),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 25 + 20 + 15 + 10 + 25 = 95, not 100")
    return b
