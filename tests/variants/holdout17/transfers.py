"""Central-transfer 区域绩效目标表 (水利发展资金, 水土保持, 土壤污染防治资金): funds by year or
by level (中央补助 / 地方资金), 实施期 and 年度 value columns, OLD-NAT tiers merged down."""

from __future__ import annotations

from tests.variants.holdout17.common import AMOUNT, fund_years, notes, signature
from tests.variants.holdout17.registry import variant
from tests.variants.kit import Book, C, mk, pct

W6 = (14, 16, 30, 20, 20, 16)


def _m(value: float) -> C:
    return C(value, AMOUNT)


@variant("ia01-river-transfer-ok", (5, 8, 12),
         "区域绩效目标表, 水利发展资金: funds by year 2025–2027, 中央补助 + 地方资金, a "
         "合计 line, 实施期 and 年度 columns, OLD-NAT tiers merged, equal rates")  # fmt: skip
def river_transfer_ok() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", W6)
    s.title("2026年度中央对地方转移支付区域绩效目标表", 6)
    s.row("专项名称", "水利发展资金（中小河流治理及水土保持）", merge=[(2, 6)])
    s.row("中央主管部门", "水利部", None, "地方主管部门", "岚江省水利厅", merge=[(2, 3), (5, 6)])
    s.row("省级财政部门", "岚江省财政厅", None, "实施期", "2025年—2027年", merge=[(2, 3), (5, 6)])
    fund_years(s, [
        ("2025年", _m(2860), _m(2000), _m(860)),
        ("2026年", _m(3240), _m(2400), _m(840)),
        ("2027年", _m(2900), _m(2100), _m(800)),
        ("合计", _m(9000), _m(6500), _m(2500)),
    ])  # fmt: skip
    s.row("总体目标", "实施期目标（2025年—2027年）", None, "年度目标（2026年）", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, "2025年—2027年累计治理中小河流52公里，完成水土流失综合治理面积36平方公里，"
          "治理河段防洪标准达到20年一遇，受益人口9.6万人。", None,
          "2026年治理中小河流18.5公里，完成水土流失综合治理面积12平方公里，新建谷坊、拦沙坝"
          "15座，受益人口3.2万人，治理河段水质稳定在Ⅲ类及以上。", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "★治理中小河流长度", "≥52公里", "≥18.5公里", "核心指标"),
        (None, None, "★水土流失综合治理面积", "≥36平方公里", "≥12平方公里", "核心指标"),
        (None, None, "新建谷坊、拦沙坝", "≥45座", "≥15座", None),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1), None),
        (None, None, "治理河段防洪标准", "达到20年一遇", "达到20年一遇", "按设计标准"),
        (None, "时效指标", "中央资金分解下达时限", "收到资金后30日内", "收到资金后30日内", None),
        (None, None, "年度治理任务完成时间", "2027年12月31日前", "2026年12月31日前", None),
        (None, "成本指标", "河道治理单位投资", "≤120万元/公里", "≤120万元/公里", "含护岸、清淤"),
        ("效益指标", "社会效益指标", "受益人口", "≥9.6万人", "≥3.2万人", None),
        (None, "生态效益指标", "治理区水土流失治理度", "≥80%", "≥80%", None),
        (None, None, "治理河段水质", "稳定在Ⅲ类及以上", "稳定在Ⅲ类及以上", None),
        (None, "可持续影响指标", "工程运行管护机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1. 实施期指标值为2025—2027年累计数；2. 资金单位为万元；",
              "3. 标★的为核心指标，不得删除。"], 6)  # fmt: skip
    signature(s, filled=(2025, 12, 8), person="周岚", phone="0731-8562 4417")
    return b


@variant("ia02-erosion-transfer", (1, 8, 12),
         "区域绩效目标表, 水土保持: money by level (中央补助 / 省级 / 市县) that does not add up, "
         "a coverage rate without %, an annual count above its 实施期 count")  # fmt: skip
def erosion_transfer() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    s.title("中央对地方转移支付区域绩效目标表（2026年度）", 6)
    s.row("专项名称", "水利发展资金（水土保持项目）", merge=[(2, 6)])
    s.row("地区", "青屿市", None, "实施期", "2026年—2028年", merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "年度资金总额", "其中：中央补助", "省级资金", "市县资金", None)
    s.row(None, mk(_m(3180), "B101", "error", row=True, note="2400 + 480 + 200 = 3080"),
          _m(2400), _m(480), _m(200), None)  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "2026年在龙脊河、洄水溪两条小流域开展水土流失综合治理，完成治理面积"
          "15平方公里，实施淤地坝除险加固，流域林草植被覆盖率稳步提高。",
          merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "水土流失综合治理面积", "≥42平方公里", "≥15平方公里", None),
        (None, None, "淤地坝除险加固", "≥12座",
         mk("≥14座", "D201", "error", row=True, note="annual 14 above the period's 12"), None),
        (None, None, "营造水土保持林", "≥9000亩", "≥3000亩", None),
        (None, "质量指标", "治理措施验收合格率", "≥95%", "≥95%", None),
        (None, "时效指标", "年度任务完成及时率", "≥95%", "≥95%", None),
        (None, "成本指标", "水土流失综合治理单位投资", "≤200万元/平方公里",
         "≤200万元/平方公里", None),
        ("效益指标", "生态效益指标", "小流域林草植被覆盖率",
         "≥62%", mk("≥62", "T105", "warning", row=True, alt=("D203",), note="no %"), None),
        (None, None, "年减少土壤流失量", "≥4.2万吨", "≥1.5万吨", None),
        (None, "社会效益指标", "受益农户", "≥5400户", "≥1800户", None),
        (None, "可持续影响指标", "水土保持设施管护责任落实率", "=100%", "=100%", None),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=(2025, 11, 26), person="陆晓川", phone="13907315528")
    return b


@variant("ia17-soil-transfer", (11, 12),
         "区域绩效目标表, 土壤污染防治资金, one value column: no 满意度指标, a utilisation rate "
         "typed as 105%, one indicator listed twice with different values")  # fmt: skip
def soil_transfer() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标", (14, 18, 32, 22, 22, 10))
    s.title("2026年土壤污染防治资金区域绩效目标表", 5)
    s.row("填报单位（盖章）：青屿市生态环境局、青屿市财政局", merge=[(1, 5)])
    s.row("资金名称", "土壤污染防治资金", None, "实施年度", "2026年", merge=[(2, 3)])
    s.row("资金情况（万元）", "资金总额", "中央补助", "地方资金", None)
    s.row(None, _m(1860), _m(1650), _m(210), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度目标", "完成受污染耕地安全利用1.8万亩，实施2个重点建设用地土壤污染风险管控项目，"
          "推进一般工业固体废物综合利用，全市土壤环境质量保持总体稳定。",
          merge=[(2, 5)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "受污染耕地安全利用面积", "≥1.8万亩", None),
        (None, None, "建设用地土壤污染风险管控项目", "≥2个", None),
        (None, None, "土壤环境质量监测点位", "≥86个", None),
        (None, "质量指标", "受污染耕地安全利用率", "≥93%", None),
        (None, None, "一般工业固体废物综合利用率",
         mk(pct(1.05), "T106", "error", row=True, note="shown 105%"), None),
        (None, "时效指标", "风险管控项目完成时间", "2026年11月30日前", None),
        (None, "成本指标", "受污染耕地安全利用单位成本", "≤600元/亩", None),
        ("效益指标", "生态效益指标", "重点建设用地安全利用率", "≥95%", None),
        (None, None, mk("受污染耕地安全利用率", "D102", "error", row=True,
                        alt=("D101", "D103"), note="row of 产出 says ≥93%"), "≥91%", None),
        (None, "可持续影响指标", "土壤污染重点监管单位隐患排查制度", "建立并执行", None),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标")
    signature(s, filled=(2025, 12, 2), person="钱芸", phone="0731-8820 3306")
    return b
