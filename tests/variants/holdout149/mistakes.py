"""Returns with 1–3 planted mistakes, each marked where a careful reviewer flags it (nc11–nc14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout149.common import footer, one_year_money, period_money
from tests.variants.holdout149.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nc11-subsidy-above-money", (12,), "project, NAT-2021, 比较符 and unit columns: the "
         "奖补标准 × 家数 exceeds the annual money")  # fmt: skip
def nc11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 34, 10, 14, 12))
    project_head(
        s,
        year=2026,
        name="科技型中小企业研发费用补助",
        dept="青岚市科学技术局（305）",
        unit="青岚市科技创新服务中心",
        money=one_year_money(500, 500, 0),
        goals=[
            "对研发费用归集规范的科技型中小企业给予补助，全年补助企业不少于30家，带动企业研发"
            "投入增长。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "补助科技型中小企业数", "≥", 30, "家"],
            [None, None, "研发费用辅导培训场次", "≥", 3, "场"],
            [None, "质量指标", "补助对象审核合规率", "=", pct(1), "%"],
            [None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), "%"],
            [
                "成本指标",
                "经济成本指标",
                mk(
                    "单家企业补助标准",
                    "B107",
                    "warning",
                    row=True,
                    note="20万元/家 × 30家 = 600万元，超过年度资金500万元",
                ),
                "≤",
                20,
                "万元/家",
            ],
            ["效益指标", "经济效益指标", "受补助企业研发投入增长率", "≥", pct(0.1), "%"],
            [None, "社会效益指标", "受补助企业新增授权专利", "≥", 60, "件"],
            [None, "可持续影响指标", "企业研发费用归集规范化水平", None, "明显提升", None],
            ["满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥", pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "叶知远", "0851-2290347", "孟庆和")
    return b


@variant("nc12-spot-check-wrong", (11, 1), "project, OLD-NAT, 比较符 and unit columns: ≤ on a "
         "抽检合格率, a 完成率 given as 批次")  # fmt: skip
def nc12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 32, 10, 12, 10))
    project_head(
        s,
        year=2026,
        name="食品安全监督抽检",
        dept="白沙河区市场监督管理局",
        unit="白沙河区食品药品检验所",
        money=one_year_money(180, 180, 0),
        attr="常年项目",
        goals=[
            "全年完成食品安全监督抽检1500批次，问题食品核查处置率100%，全区食品抽检合格率保持"
            "在97%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "食品安全监督抽检批次", "≥", 1500, "批次"],
            [None, None, "农贸市场快检覆盖", "≥", 12, "个"],
            [
                None,
                "质量指标",
                "抽检计划完成率",
                "=",
                mk(1500, "T105", "error", row=True, note="完成率写成批次"),
                "批次",
            ],
            [None, None, "问题食品核查处置率", "=", pct(1), "%"],
            [None, "时效指标", "检验结果报送及时率", "≥", pct(0.95), "%"],
            [None, "成本指标", "单批次抽检费用", "≤", 1200, "元/批次"],
            [
                "效益指标",
                "社会效益指标",
                "全区食品抽检合格率",
                mk("≤", "T108", "warning", row=True, note="合格率是正向指标"),
                pct(0.97),
                "%",
            ],
            [None, None, "抽检信息公开率", "=", pct(1), "%"],
            [None, "可持续影响指标", "食品安全风险预警机制", None, "健全", None],
            ["满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥", pct(0.85), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "贺明轩", "0717-4428650", "宋立新")
    return b


@variant("nc13-patent-percent", (1,), "project, OLD-NAT, 比较符 and unit columns: a 专利 count "
         "given as %, a conflicting duplicate")  # fmt: skip
def nc13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 32, 10, 12, 10))
    project_head(
        s,
        year=2026,
        name="高价值专利培育",
        dept="临溪县市场监督管理局（知识产权局）",
        unit="临溪县知识产权服务中心",
        money=one_year_money(120, 100, 20),
        goals=[
            "培育高价值专利组合3个，全县发明专利授权量达到150件，PCT国际专利申请20件，专利"
            "质押融资额突破2亿元。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "培育高价值专利组合", "≥", 3, "个"],
            [
                None,
                None,
                "发明专利授权量",
                "≥",
                mk(
                    pct(0.15),
                    "T112",
                    "error",
                    row=True,
                    alt=("T116", "T105"),
                    note="件数写成百分比，与计量单位“件”冲突；年度目标为150件",
                ),
                "件",
            ],
            [None, None, "PCT国际专利申请量", "≥", 20, "件"],
            [None, None, "专利代理机构培训人次", "≥", 150, "人次"],
            [None, "质量指标", "高价值专利组合评审通过率", "≥", pct(0.9), "%"],
            [None, "时效指标", "培育项目验收完成时间", None, "12月20日前", None],
            [None, "成本指标", "单个专利组合培育补助", "≤", 30, "万元/个"],
            ["效益指标", "经济效益指标", "专利质押融资额", "≥", 2, "亿元"],
            [
                None,
                "社会效益指标",
                mk(
                    "PCT国际专利申请量",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="与上方同名指标的20件不一致",
                ),
                "≥",
                25,
                "件",
            ],
            [None, "可持续影响指标", "知识产权运营服务体系", None, "逐步完善", None],
            ["满意度指标", "服务对象满意度指标", "培育企业满意度", "≥", pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "许清和", "0576-5530142", "许长青")
    return b


@variant("nc14-data-platform-period", (8,), "three-year 数据局 platform project, NAT-2021, 中期 "
         "and 年度 columns: an annual count above the 中期, a cumulative count copied")  # fmt: skip
def nc14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 32, 16, 16, 10))
    project_head(
        s,
        year=2026,
        years=3,
        name="公共数据开放平台建设",
        dept="青岚市数据局（412）",
        unit="青岚市大数据发展中心",
        attr="新增项目",
        money=period_money((2400, 2400, 0), (900, 900, 0)),
        goals=[
            "2026—2028年建成市级公共数据开放平台，累计开放数据集1500个，接入部门60个，培育"
            "数据应用场景30个。",
            "2026年完成平台一期建设，开放数据集500个，接入部门20个，培育数据应用场景10个。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "开放公共数据集", "≥1500", "≥500", "个"],
            [
                None,
                None,
                "接入数据提供部门",
                "≥60",
                mk("≥80", "D201", "error", note="年度80个大于中期60个；年度目标为20个"),
                "个",
            ],
            [
                None,
                None,
                "培育数据应用场景",
                "≥30",
                mk(
                    "≥30", "D202", "warning", alt=("D104",), note="累计数照抄中期值；年度目标为10个"
                ),
                "个",
            ],
            [None, "质量指标", "开放数据集合规审核通过率", pct(1), pct(1), "%"],
            [None, "时效指标", "平台一期上线时间", "2026年12月31日前", "2026年12月31日前", None],
            ["成本指标", "经济成本指标", "平台建设软件开发费用", "≤1800", "≤700", "万元"],
            ["效益指标", "社会效益指标", "开放数据集累计下载量", "≥50", "≥10", "万次"],
            [None, "经济效益指标", "带动数据要素相关企业营收", "≥5", "≥1", "亿元"],
            [None, "可持续影响指标", "公共数据开放管理制度", "健全", "初步建立", None],
            ["满意度指标", "服务对象满意度指标", "数据使用者满意度", "≥90%", "≥85%", "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "沈知微", "0851-8864105", "顾鸿飞")
    return b
