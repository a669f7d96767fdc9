"""Project returns with the mistakes reviewers meet most often, each marked where it is."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout75.common import HEAD4, HEAD5, footer, project_money, wan
from tests.variants.holdout75.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "kg12-gongxin-rate-over-100",
    (1,),
    "一年期项目, NAT-2021, 比较符/单位 columns: a rate over 100 %, a rate as a count",
)
def kg12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 32, 8, 12, 10))
    project_head(
        s, year=2027, name="规上工业企业智能化技术改造奖补", dept="青州市工业和信息化局（305）",
        unit="青州市工业和信息化局", attr="延续项目", money=project_money(1500, 1500, 1500, 1500),
        goals=("奖补规上工业企业智能化技改项目50个，带动技改投资15亿元，新增智能化车间10个。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "奖补智能化技改项目", "≥", 50, "个"),
            (None, None, "新增省级智能化车间", "≥", 10, "个"),
            (
                None,
                "质量指标",
                "技改项目竣工验收合格率",
                "≥",
                mk(pct(1.05), "T106", "error", note="合格率不能超过100%"),
                "%",
            ),
            (
                None,
                None,
                "规上工业企业智能化改造覆盖率",
                "≥",
                mk(35, "T105", "error", alt=("T112",), note="覆盖率写成了企业家数"),
                "家",
            ),
            (None, "时效指标", "奖补资金兑付时间", "≤", 60, "个工作日"),
            ("成本指标", "经济成本指标", "单个项目奖补上限", "≤", 30, "万元"),
            ("效益指标", "经济效益指标", "带动技改投资", "≥", 15, "亿元"),
            (None, None, "受奖补企业劳动生产率提高", "≥", pct(0.08), "%"),
            (None, "可持续影响指标", "智能化改造项目库动态管理", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受奖补企业满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "韩立新", "0539-8823517", "2026年11月20日")
    return b


@variant(
    "kg13-zhujian-annual-above-period",
    (8, 11),
    "三年期项目, NAT-2021, 中期/年度: an annual count above 中期, a 反向 rate with ≥",
)
def kg13() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2027, years=3, name="城镇老旧排水管网改造", dept="青州市住房和城乡建设局（311）",
        unit="青州市排水管理处", attr="新增项目", money=project_money(4500, 3900, 1600, 1400),
        goals=("2027—2029年改造老旧排水管网90公里，消除易涝点24处。",
               "2027年改造老旧排水管网30公里，消除易涝点8处。"),
    )  # fmt: skip
    s.row(*HEAD5)
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧排水管网", "≥90公里", "≥30公里"),
            (
                None,
                None,
                "消除城区易涝点",
                "≥24处",
                mk(
                    "≥28处",
                    "D201",
                    "error",
                    alt=("D104",),
                    note="年度28处大于中期24处，年度目标写8处",
                ),
            ),
            (None, None, "新建雨污分流检查井", "≥1800座", "≥600座"),
            (None, "质量指标", "管网工程验收合格率", pct(1), pct(1)),
            (None, "时效指标", "年度改造任务完工时间", "2029年11月30日前", "2027年11月30日前"),
            ("成本指标", "经济成本指标", "每公里管网改造成本", "≤48万元", "≤48万元"),
            ("效益指标", "社会效益指标", "改造片区污水收集率", "≥85%", "≥75%"),
            (
                None,
                None,
                "改造片区道路积水投诉率",
                mk("≥3%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤"),
                "≥3%",
            ),
            (None, "生态效益指标", "旱天污水直排口消除数", "≥12个", "≥4个"),
            (None, "可持续影响指标", "管网运维管理制度", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "改造片区居民满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "冯晓", "0539-8870144", "2026年11月25日")
    return b


@variant(
    "kg14-jiaotong-year-no-satisfaction",
    (4,),
    "一年期项目, NAT-2021: plan dates in 2026 under a 2027 title, no 满意度指标",
)
def kg14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="城市公交新能源车辆购置补贴", dept="青州市交通运输局（315）",
        unit="青州市公共交通集团有限公司", attr="一次性项目",
        money=project_money(1200, 960, 1200, 960),
        start=mk(day(2026, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="2027年度的表，计划日期写成2026年"),
        end=day(2026, 12, 31),
        goals=("2027年更新新能源公交车80辆，淘汰老旧柴油公交车80辆，公交碳排放下降5%以上。",),
    )  # fmt: skip
    b.file_mark("F106", "error", note="无满意度指标（乘客是明确的服务对象）")
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "购置新能源公交车", "≥80辆"),
            (None, None, "淘汰老旧柴油公交车", "≥80辆"),
            (None, None, "新建公交充电桩", "≥40个"),
            (None, "质量指标", "车辆上牌验收合格率", pct(1)),
            (
                None,
                "时效指标",
                "车辆投入运营时间",
                mk(
                    "2027年9月30日前",
                    "Y102",
                    "error",
                    required=False,
                    alt=("Y101",),
                    note="与写错的计划日期不一致，错在计划日期",
                ),
            ),
            ("成本指标", "经济成本指标", "单车购置补贴标准", "≤15万元"),
            ("效益指标", "经济效益指标", "单车百公里能耗费用下降", "≥30%"),
            (None, "生态效益指标", "公交车辆碳排放下降率", "≥5%"),
            (None, "社会效益指标", "新能源公交车占比", "≥85%"),
            (None, "可持续影响指标", "新能源车辆维保体系", "健全"),
        ],
        merged=(1, 2),
    )
    footer(s, "郑浩", "0539-8851432", "2026年11月17日")
    return b


@variant(
    "kg15-jiaoyu-annual-money-copied",
    (8, 12),
    "两年期项目, NAT-2021, 中期/年度: 年度资金 > 中期资金, 中期 counts copied into 年度",
)
def kg15() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表")
    money = [
        (
            "中期资金总额",
            wan(1600),
            "年度资金总额",
            mk(wan(1680), "B103", "error", note="年度1680大于中期1600"),
        ),
        ("其中：财政拨款", wan(1600), "其中：财政拨款", ok(wan(1680), "error")),
        ("其他资金", wan(0), "其他资金", wan(0)),
    ]
    project_head(
        s, year=2027, years=2, name="中小学智慧教室建设", dept="青州市教育局（321）",
        unit="青州市教育装备中心", attr="新增项目", money=money,
        goals=("2027—2028年建成智慧教室800间，培训教师信息化应用能力4000人次。",
               "2027年建成智慧教室400间，培训教师2000人次。"),
    )  # fmt: skip
    copied = "中期累计数照抄到年度列，年度目标写的是一半"
    s.row(*HEAD5)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "建成智慧教室",
                "≥800间",
                mk("≥800间", "D202", "warning", alt=("D104",), note=copied),
            ),
            (
                None,
                None,
                "教师信息化应用培训",
                "≥4000人次",
                mk("≥4000人次", "D202", "warning", alt=("D104",), note=copied),
            ),
            (None, None, "覆盖学校", "≥40所", "≥20所"),
            (None, "质量指标", "设备验收合格率", pct(1), pct(1)),
            (None, "时效指标", "年度建设任务完成时间", "2028年8月31日前", "2027年8月31日前"),
            ("成本指标", "经济成本指标", "单间智慧教室建设成本", "≤2万元", "≤2万元"),
            ("效益指标", "社会效益指标", "智慧教室常态化使用率", "≥90%", "≥85%"),
            (None, None, "受益学生", "≥3.2万人", "≥1.6万人"),
            (None, "可持续影响指标", "设备运维管理制度", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "严文", "0539-8902276", "2026年11月20日")
    return b


@variant(
    "kg16-chengguan-direction-count",
    (11,),
    "一年期项目, OLD-NAT, 指标值 with 计量单位: a 反向 rate with ≥, a rate as a count",
)
def kg16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 32, 14, 10, 16))
    project_head(
        s, year=2027, name="数字城管平台运行维护", dept="青州市城市管理局（312）",
        unit="青州市数字化城市管理监督指挥中心", attr="常年项目",
        money=project_money(380, 380, 380, 380),
        goals=("保障数字城管平台全年稳定运行，受理城市管理案件12万件，按期结案率90%以上。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "受理城市管理案件", "≥12", "万件", None),
            (None, None, "视频智能识别点位", "≥800", "个", None),
            (
                None,
                None,
                "城管问题主动发现覆盖率",
                mk(36, "T105", "error", alt=("T112",), note="覆盖率写成了街道个数"),
                "个街道",
                None,
            ),
            (None, "质量指标", "案件按期结案率", "≥90", "%", None),
            (
                None,
                None,
                "案件超期处置率",
                mk("≥3", "T108", "warning", row=True, note="超期处置率是反向指标，应为≤"),
                "%",
                None,
            ),
            (None, "时效指标", "平台故障修复时间", "≤4", "小时", None),
            (None, "成本指标", "平台年运维费用", "≤380", "万元", None),
            ("效益指标", "社会效益指标", "市容环境问题重复发生率", "≤10", "%", "比上年下降"),
            (None, "可持续影响指标", "案件考核通报机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥88", "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "钱立峰", "0539-8845120", "2026年11月21日")
    return b


@variant(
    "kg17-weijian-tier2-duplicate",
    (5,),
    "一年期项目, NAT-2021: a missing 二级指标, a conflicting duplicate",
)
def kg17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="基层医疗机构家庭医生签约服务补助", dept="青州市卫生健康委员会（330）",
        unit="青州市基层卫生服务中心", attr="延续项目", money=project_money(450, 420, 450, 420),
        goals=("全年家庭医生签约服务5万人，重点人群签约覆盖率达到75%以上。",),
    )  # fmt: skip
    dup = "同一指标两次出现，指标值不同"
    s.row(*HEAD4)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "家庭医生签约人数",
                mk("≥5万人", "D102", "error", row=True, required=False, note=dup),
            ),
            (None, None, "组建家庭医生团队", "≥120个"),
            (None, "质量指标", "重点人群签约覆盖率", "≥75%"),
            (None, None, "签约居民健康档案规范建档率", "≥95%"),
            (None, "时效指标", "签约补助资金拨付时间", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "签约服务人均补助标准", "≤90元"),
            (
                "效益指标",
                mk("", "F102", "error", row=True, note="效益指标下第一行没有二级指标"),
                "签约居民慢病规范管理率",
                "≥65%",
            ),
            (
                None,
                "社会效益指标",
                "家庭医生签约人数",
                mk(
                    mk("≥4.5万人", "D102", "error", row=True, alt=("D101", "D103"), note=dup),
                    "F201",
                    "warning",
                    row=True,
                    required=False,
                    note="产出数量填在社会效益下",
                ),
            ),
            (None, "可持续影响指标", "家庭医生签约服务考核机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "袁静", "0539-8881259", "2026年11月26日")
    return b
