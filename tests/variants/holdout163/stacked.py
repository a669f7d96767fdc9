"""Projects stacked in one sheet (nq08, nq12, nq13)."""
# ruff: noqa: E501

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout163.common import indicators, signature
from tests.variants.holdout163.registry import variant
from tests.variants.kit import WAN, Book, mk, money


@variant(
    "nq08-stacked-error-rate",
    (2, 11),
    "two one-year projects stacked, OLD-NAT, one value column, a 反向 差错率 ≤1% and a 投诉率 ≤2%; correct",
)
def nq08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="社会保障卡换发", dept="临溪县人力资源和社会保障局 318",
                 unit="临溪县社会保险服务中心",
                 money=[("年度资金总额", 46, "其中：财政拨款", 46),
                        (None, None, "其他资金", 0)],
                 goals=["为到期参保人员换发第三代社会保障卡2.3万张，制卡差错率控制在1%以内。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "换发社会保障卡", "≥2.3万张"),
        (None, "质量指标", "制卡信息差错率", "≤1%"),
        (None, "时效指标", "申领至发卡办理时限", "≤10个工作日"),
        (None, "成本指标", "单张卡制作及邮寄成本", "≤20元/张"),
        ("效益指标", "社会效益指标", "社保卡持卡人口覆盖率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "办卡群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="劳动人事争议调解仲裁", dept="临溪县人力资源和社会保障局 318",
                 unit="临溪县劳动人事争议仲裁院", title="",
                 money=[("年度资金总额", 28, "其中：财政拨款", 28),
                        (None, None, "其他资金", 0)],
                 goals=["依法按时处理劳动人事争议案件，调解成功率达到60%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "受理劳动人事争议案件", "≥350件"),
        (None, "质量指标", "仲裁文书差错率", "≤1%"),
        (None, "时效指标", "仲裁案件法定期限内结案率", "=100%"),
        (None, "成本指标", "单件案件办案成本", "≤800元/件"),
        ("效益指标", "社会效益指标", "案件调解成功率", "≥60%"),
        (None, None, "群众投诉率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "魏冬", "田慧", 2026)
    return b


@variant(
    "nq12-stacked-percent-count-days",
    (2, 11),
    "two one-year projects stacked, NAT-2021, one value column: in the second a count given as a percentage and a deadline written ≥30天",
)
def nq12() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(s, year=2026, name="城区公共厕所提升改造", dept="白沙河区城市管理局 450",
                 unit="白沙河区环境卫生服务中心",
                 money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
                        (None, None, "其他资金", money(0, WAN))],
                 goals=["改造提升城区公共厕所30座，全部达到二类及以上标准。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造提升公共厕所", "≥30座"),
        (None, "质量指标", "改造公厕达标率", "=100%"),
        (None, "时效指标", "改造工程完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座公厕改造成本", "≤5万元/座"),
        ("效益指标", "社会效益指标", "城区公厕服务半径达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="生活垃圾分类宣传督导", dept="白沙河区城市管理局 450",
                 unit="白沙河区环境卫生服务中心", title="",
                 money=[("年度资金总额", money(82, WAN), "其中：财政拨款", money(70, WAN)),
                        (None, None, "其他资金", money(12, WAN))],
                 goals=["在全区140个小区开展垃圾分类督导，组织入户宣传活动。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "开展分类督导小区数量",
         mk("≥90%", "T105", "error", alt=("T120", "T116", "T112", "T104"),
            note="a count of 小区 given as a percentage; the goal says 140个")),
        (None, None, "入户宣传活动场次", "≥200场"),
        (None, "质量指标", "督导记录规范率", "≥95%"),
        (None, "时效指标", "居民分类问题整改时限",
         mk("≥30天", "T108", "warning", row=True, note="a time limit takes ≤30天")),
        ("成本指标", "经济成本指标", "每个小区督导经费", "≤0.55万元/个"),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥38%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "石磊", "贺婉", 2026)
    return b


@variant(
    "nq13-stacked-same-name",
    (2,),
    "two one-year projects stacked, OLD-NAT, one value column, the same indicator name with different values in each project, footnotes; correct",
)
def nq13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="中小学图书馆藏书更新", dept="青岚市教育局 120",
                 unit="青岚市教育装备中心",
                 money=[("年度资金总额", 210, "其中：财政拨款", 200),
                        (None, None, "其他资金", 10)],
                 goals=["为全市62所中小学补充更新图书15万册，生均藏书达到省定标准。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "更新图书册数", "≥15万册"),
        (None, None, "受益学校数量", "≥62所"),
        (None, "质量指标", "图书验收合格率", "=100%"),
        (None, "时效指标", "图书配送完成时间", "2026年8月31日前"),
        (None, "成本指标", "图书平均采购单价", "≤14元/册"),
        ("效益指标", "社会效益指标", "生均藏书达标学校比例", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="中小学实验室仪器补充", dept="青岚市教育局 120",
                 unit="青岚市教育装备中心", title="",
                 money=[("年度资金总额", 180, "其中：财政拨款", 180),
                        (None, None, "其他资金", 0)],
                 goals=["为全市36所中小学补充理化生实验仪器，实验开出率达到95%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "补充实验仪器套数", "≥36套"),
        (None, None, "受益学校数量", "≥36所"),
        (None, "质量指标", "仪器验收合格率", "=100%"),
        (None, "时效指标", "仪器安装调试完成时间", "2026年9月15日前"),
        (None, "成本指标", "每套实验仪器采购成本", "≤5万元/套"),
        ("效益指标", "社会效益指标", "分组实验开出率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    signature(
        s,
        "孙立平",
        "江月",
        2026,
        note="注：1.本表金额单位为万元；2.两个项目分别申报，指标值不相互汇总。",
    )
    return b
