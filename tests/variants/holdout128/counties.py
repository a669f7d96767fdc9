"""省对下 tables sent by counties and cities of 汀澜省 (2026): a points column, a 比较符 column,
an allocation with city 小计 rows."""

from __future__ import annotations

from tests.variants.holdout128.common import footer, transfer_head
from tests.variants.holdout128.registry import variant
from tests.variants.kit import WAN, Book, money, pct

T2 = "2026年省对下转移支付绩效目标表"


@variant("mh07-culture-points", (5, 10), "省对下, 公共文化服务体系, 分值 column adding to 100")
def culture_points() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 36, 14, 12, 10))
    transfer_head(
        s,
        title=T2,
        name="公共文化服务体系建设补助资金",
        central="汀澜省文化和旅游厅",
        local="汀澜省财政厅",
        first="省级主管部门",
        second="省级财政部门",
        money=(money(9420.6, WAN), money(6580, WAN), money(1840.6, WAN), money(1000, WAN)),
        goal="支持全省公共图书馆、文化馆（站）、美术馆免费开放，开展送戏下乡6000场，"
        "建设乡镇综合文化站示范点40个，提升基层公共文化服务效能。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "分值")
    s.table(
        [
            ("产出指标", "数量指标", "免费开放公共文化设施数量", "≥1620", "个", 10),
            (None, None, "送戏下乡演出场次", "≥6000", "场", 10),
            (None, None, "乡镇综合文化站示范点建设数量", "≥40", "个", 10),
            (None, "质量指标", "免费开放场馆服务项目达标率", pct(0.95), "%", 10),
            (None, "时效指标", "补助资金下达时限", "≤30", "天", 5),
            (None, "成本指标", "送戏下乡每场补助标准", "≤0.3", "万元/场", 5),
            ("效益指标", "社会效益指标", "公共文化设施年服务人次", "≥2800", "万人次", 10),
            (None, None, "公共图书馆人均年到馆次数较上年增长", "≥3", "%", 10),
            (None, "可持续影响指标", "基层公共文化设施运行管理制度", "健全", None, 10),
            ("满意度指标", "服务对象满意度指标", "群众对公共文化服务满意度", pct(0.9), "%", 10),
            (None, None, "演出团体对送戏下乡组织满意度", pct(0.85), "%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    footer(s, "填报单位（盖章）：汀澜省文化和旅游厅", "填报日期：2025年11月18日")
    return b


SUBS = {
    "岚溪市": [("临川县", 640, 160, 80), ("河阳县", 520, 130, 65), ("岚溪市本级", 300, 75, 40)],
    "青桐市": [("柏山县", 580, 145, 70), ("沙头县", 460, 115, 60)],
}


@variant("mh18-clinic-county-subtotals", (5,), "省对下, 基层医疗, 分配表 with city 小计 rows")
def clinic_county_subtotals() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 36, 14, 12, 18))
    transfer_head(
        s,
        title=T2,
        name="基层医疗卫生机构能力提升补助资金（岚溪、青桐两市试点）",
        central="汀澜省卫生健康委员会",
        local="汀澜省财政厅",
        first="省级主管部门",
        second="省级财政部门",
        money=(money(3440, WAN), money(2500, WAN), money(625, WAN), money(315, WAN)),
        goal="支持两市5个县（区）的42个乡镇卫生院和310个村卫生室提档升级，配备基本诊疗设备，"
        "培训基层卫生人员1500人次，提高基层首诊能力，县域内就诊率达到90%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "提档升级乡镇卫生院数量", "≥42", "个", None),
            (None, None, "提档升级村卫生室数量", "≥310", "个", None),
            (None, None, "基层卫生人员培训人次", "≥1500", "人次", None),
            (None, "质量指标", "新配备诊疗设备验收合格率", pct(1), "%", None),
            (None, None, "乡镇卫生院达到服务能力基本标准比例", pct(0.85), "%", None),
            (None, "时效指标", "设备采购安装完成时间", "2026年10月底前", None, None),
            (None, "成本指标", "村卫生室提档升级平均补助", "≤3", "万元/个", None),
            ("效益指标", "社会效益指标", "县域内就诊率", pct(0.9), "%", None),
            (None, None, "基层医疗卫生机构诊疗量占比", pct(0.6), "%", None),
            (None, "可持续影响指标", "乡村一体化管理村卫生室比例", pct(0.95), "%", None),
            ("满意度指标", "服务对象满意度指标", "基层就诊患者满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "省级主管部门（盖章）", "省级财政部门（盖章）")
    a = b.sheet("分配表", (8, 16, 16, 14, 14, 14))
    a.title("基层医疗卫生机构能力提升补助资金分配表", 6)
    a.row("单位：万元", None, None, None, None, None, merge=[(1, 6)])
    a.row("序号", "地区", "分配金额合计", "中央补助", "省级资金", "市县配套")
    n = 0
    grand = [0, 0, 0]
    for city, rows in SUBS.items():
        sub = [sum(r[k] for r in rows) for k in (1, 2, 3)]
        grand = [g + x for g, x in zip(grand, sub, strict=True)]
        a.row(None, f"{city}小计", money(sum(sub)), *(money(x) for x in sub))
        for place, c, p, m in rows:
            n += 1
            a.row(n, place, money(c + p + m), money(c), money(p), money(m))
    assert grand == [2500, 625, 315], grand
    a.row("总计", None, money(sum(grand)), *(money(x) for x in grand), merge=[(1, 2)])
    return b
